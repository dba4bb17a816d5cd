import { notify } from "@/lib/mail/notify";
import { unsubscribe, unsubscribeToken } from "@/lib/mail/unsubscribe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createUser } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

type Queued = { data: { to: string; subject: string; text: string; headers?: Record<string, string> } };
const queued = (email: string) =>
  db.$queryRaw<Queued[]>`SELECT data FROM pgboss.job WHERE name = 'mail' AND data->>'to' = ${email}`;

describe("notification mails", () => {
  it("follow the user's switches and carry a one-click unsubscribe link", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { mailAnswered: false } });
    await db.$transaction(async (tx) => {
      await notify(tx, user.id, "COMMENT_FEATURED", { articleId: w.article.id });
      await notify(tx, user.id, "COMMENT_ANSWERED", { articleId: w.article.id });
    });
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(2); // the bell hears both
    const mails = await queued(user.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.data;
    expect(mail.subject).toContain(w.article.title);
    const link = /<(http[^>]+)>/.exec(mail.headers!["List-Unsubscribe"]!)![1]!;
    expect(mail.text).toContain(link);
    expect(mail.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    await unsubscribe(new URL(link).searchParams.get("token")!);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      mailFeatured: false,
      mailEssays: true,
    });
    await db.$transaction((tx) => notify(tx, user.id, "COMMENT_FEATURED", { articleId: w.article.id }));
    expect(await queued(user.email)).toHaveLength(1);
  });

  it("refuse forged or altered unsubscribe links", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const [, , mac] = unsubscribeToken(user.id, "essays").split(".");
    await expect(unsubscribe(`${other.id}.essays.${mac}`)).rejects.toMatchObject({ code: "not_found" });
    await expect(unsubscribe(`${user.id}.featured.${mac}`)).rejects.toMatchObject({ code: "not_found" });
    await expect(unsubscribe("garbage")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ mailEssays: true });
  });
});
