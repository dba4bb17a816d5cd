import { commentAnchor } from "@/lib/comments/anchor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mailOrigin } from "@/lib/mail/origin";
import { enqueueMail } from "@/lib/mail/queue";
import { renderMail, type MailKind } from "@/lib/mail/templates";
import { MAIL_SWITCHES, unsubscribeToken, type MailSwitch } from "@/lib/mail/unsubscribe";
import "server-only";

type Kind =
  "COMMENT_FEATURED" | "COMMENT_ANSWERED" | "COMMENT_LINKED" | "ESSAY_PUBLISHED" | "ESSAY_RETURNED" | "REPLY_PUBLISHED";
/** `answeredInId`: for a linked comment, the featured comment (on `articleId`) that answers it. */
type Payload = { articleId: string; commentId?: string; replyId?: string; answeredInId?: string; note?: string };

// A published reply is told in the bell only: it is the learner's own words going public, not news worth a mail.
const MAIL: Partial<Record<Kind, { mail: MailKind; switch: MailSwitch }>> = {
  COMMENT_FEATURED: { mail: "featured", switch: "featured" },
  COMMENT_ANSWERED: { mail: "answered", switch: "answered" },
  COMMENT_LINKED: { mail: "linked", switch: "answered" },
  ESSAY_PUBLISHED: { mail: "essayPublished", switch: "essays" },
  ESSAY_RETURNED: { mail: "essayReturned", switch: "essays" },
};

/** A linked question's mail leads straight to the answer. */
const anchor = (p: Payload) => (p.answeredInId ? `#${commentAnchor(p.answeredInId)}` : "");

/**
 * Tells `userId` in the bell and, for kinds that mail, unless they switched that kind of mail off, by e-mail:
 * both in `tx`, so the mail is queued exactly when the change that causes it commits.
 */
export async function notify(tx: Prisma.TransactionClient, userId: string, kind: Kind, payload: Payload) {
  const { id } = await tx.notification.create({ data: { userId, kind, payload }, select: { id: true } });
  if (!MAIL[kind]) return;
  const { mail, switch: sw } = MAIL[kind];
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      locale: true,
      suspendedAt: true,
      mailFeatured: true,
      mailAnswered: true,
      mailEssays: true,
      mailDigest: true,
    },
  });
  if (!user[MAIL_SWITCHES[sw]] || user.suspendedAt) return;
  const article = await tx.article.findUniqueOrThrow({
    where: { id: payload.articleId },
    select: { slug: true, title: true, course: { select: { slug: true } } },
  });
  const origin = await mailOrigin();
  const rendered = renderMail({
    kind: mail,
    to: user,
    title: article.title,
    note: payload.note,
    actionUrl: `${origin}/courses/${article.course.slug}/articles/${article.slug}${anchor(payload)}`,
    unsubscribeUrl: `${origin}/api/unsubscribe?token=${unsubscribeToken(userId, sw)}`,
  });
  await enqueueMail(tx, `notification:${id}`, rendered);
}
