import * as z from "zod";

// Runs in the browser before any page code. zod probes `new Function` to compile its parsers;
// the page's Content-Security-Policy (no 'unsafe-eval') refuses it and the browser reports a
// violation on every page that validates a form. Interpreted parsers are fast enough there.
z.config({ jitless: true });
