import { mail } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { unsubscribePage } from "@/lib/mail/unsubscribe-page";

// A link in a mail, opened in a browser: one click turns that kind of mail off.
export const GET = route(mail.unsubscribe, async ({ query }) => {
  const { kind } = await unsubscribe(query.token);
  return new Response(unsubscribePage(kind), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
});

// Mail clients' own button (RFC 8058: List-Unsubscribe-Post).
export const POST = route(mail.unsubscribeOneClick, async ({ query }) => {
  await unsubscribe(query.token);
  return new Response(null, { status: 204 });
});
