import { describe, expect, it } from "vitest";
import { clip } from "./text";

describe("clip", () => {
  it("keeps short text whole, on one line", () => {
    expect(clip("  Why\n\nshard  by user? ", 40)).toBe("Why shard by user?");
  });

  it("cuts long text to max characters, the last one an ellipsis", () => {
    expect(clip("abcdefghij", 5)).toBe("abcd…");
    expect(Array.from(clip("分库分表之后如何做跨分片的分页查询", 8))).toHaveLength(8);
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    expect(clip("😀😀😀😀", 3)).toBe("😀😀…");
    expect(clip("𠀀𠀁𠀂𠀃", 3)).toBe("𠀀𠀁…");
  });
});
