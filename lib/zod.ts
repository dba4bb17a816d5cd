import * as z from "zod";

// Every schema imports zod from here. In the browser, zod probes `new Function` to compile its
// parsers; the Content-Security-Policy (no 'unsafe-eval') refuses it and the page reports a
// violation. Interpreted parsers are fast enough for forms, and the server keeps compiling.
// Set here, not in instrumentation-client, so pages without forms do not load zod for it.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
