import { curateComment } from "@/lib/comments/curation";
import { createComment } from "@/lib/comments/mutations";
import { getComment, listComments } from "@/lib/comments/queries";
import type { CommentCan } from "@/lib/comments/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Every comment the API returns says what its viewer may do; the shared cached page does not
// carry it, so each viewer of the same cached page gets their own `can`.
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const can = (flags: string): CommentCan => ({
  edit: flags.includes("E"),
  delete: flags.includes("D"),
  reply: flags.includes("R"),
  like: flags.includes("L"),
  report: flags.includes("P"),
  curate: flags.includes("C"),
});
const query = { sort: "new", limit: 20, status: "featured" } as const;

describe("comment.can", () => {
  it("differs per viewer on the same cached page of featured comments", async () => {
    const featured = await createComment(w.users.author, w.article.id, { body: "Featured for everyone" });
    await curateComment(w.users.instructor, featured.id, { status: "featured" });
    const pending = await createComment(w.users.author, w.article.id, { body: "Still waiting" });
    expect(pending.can).toEqual(can("ED"));

    const seen = async (who: keyof World["users"] | "visitor") => {
      const page = await listComments(who === "visitor" ? null : w.users[who], w.article.id, query);
      return Object.fromEntries(page.items.map((c) => [c.id, c.can]));
    };
    expect(await seen("visitor")).toEqual({ [featured.id]: can("") });
    expect(await seen("member")).toEqual({ [featured.id]: can("RLP") });
    expect(await seen("outsider")).toEqual({ [featured.id]: can("P") });
    expect(await seen("author")).toEqual({ [featured.id]: can("DRL"), [pending.id]: can("ED") });
    expect(await seen("instructor")).toEqual({ [featured.id]: can("RLPC") });
    expect(await seen("visitor")).toEqual({ [featured.id]: can("") });
  });

  it("follows the comment through curation and comes with a single comment too", async () => {
    const c = await createComment(w.users.author, w.article.id, { body: "Curate me" });
    const curated = await curateComment(w.users.instructor, c.id, { status: "featured" });
    expect(curated.can).toEqual(can("RLPC"));
    expect((await getComment(w.users.author, c.id)).can).toEqual(can("DRL"));
    expect((await getComment(w.users.admin, c.id)).can).toEqual(can("RLPC"));
    expect((await getComment(null, c.id)).can).toEqual(can(""));
  });
});
