import type { CommentDTO } from "@/lib/comments/schema";
import { describe, expect, it } from "vitest";
import { placeComment } from "./feed-order";

const comment = (id: string, over: Partial<CommentDTO> = {}): CommentDTO =>
  ({
    id,
    status: "featured",
    pinned: false,
    likeCount: 0,
    createdAt: `2026-01-0${id.length}T00:00:00.000Z`,
    ...over,
  }) as CommentDTO;

// The list as the server sends it: own pending first, then pinned, then newest first.
const mine = comment("m", { status: "pending", createdAt: "2026-02-01T00:00:00.000Z" });
const pinned = comment("p", { pinned: true, createdAt: "2026-01-01T00:00:00.000Z" });
const newest = comment("n", { createdAt: "2026-01-09T00:00:00.000Z" });
const middle = comment("i", { createdAt: "2026-01-05T00:00:00.000Z", likeCount: 7 });
const oldest = comment("o", { createdAt: "2026-01-02T00:00:00.000Z" });
const list = [mine, pinned, newest, middle, oldest];
const ids = (items: CommentDTO[]) => items.map((c) => c.id).join("");

describe("placing a comment whose pin changed", () => {
  it("puts a newly pinned comment first among the pinned, after the viewer's own unfeatured ones", () => {
    expect(ids(placeComment(list, { ...oldest, pinned: true }, "new"))).toBe("mopni");
  });

  it("puts an unpinned comment back where the sort puts it", () => {
    expect(ids(placeComment(list, { ...pinned, pinned: false }, "new"))).toBe("mniop"); // the oldest of all
    expect(ids(placeComment([mine, { ...middle, pinned: true }, newest, oldest], middle, "top"))).toBe("mino");
  });

  it("leaves a comment whose pin did not change where it is", () => {
    expect(ids(placeComment(list, { ...middle, likeCount: 99 }, "top"))).toBe("mpnio");
  });
});
