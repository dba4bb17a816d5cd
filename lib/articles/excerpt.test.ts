import { excerptOf, plainText } from "@/lib/articles/excerpt";
import { describe, expect, it } from "vitest";

describe("plainText", () => {
  it("keeps the words and drops markdown syntax", () => {
    const md = [
      "# Why caches lie",
      "",
      "A **bold** claim with *emphasis*, `code` and a [link](https://example.com).",
      "",
      "![diagram](/api/uploads/abc)",
      "",
      "```ts",
      "const secret = 1;",
      "```",
      "",
      "> quoted <b>html</b>",
      "- one",
      "1. two",
    ].join("\n");
    expect(plainText(md)).toBe("Why caches lie A bold claim with emphasis, code and a link. quoted html one two");
  });

  it("keeps Chinese text with its punctuation", () => {
    expect(plainText("题目**“你为什么要学习高并发系统设计”**吸引了我。")).toBe(
      "题目“你为什么要学习高并发系统设计”吸引了我。",
    );
  });
});

describe("excerptOf", () => {
  it("leaves headings out: the page shows the title already", () => {
    expect(excerptOf("# Why queues grow\n\nThey grow when work arrives faster than it leaves.")).toBe(
      "They grow when work arrives faster than it leaves.",
    );
  });

  it("returns short text whole", () => {
    expect(excerptOf("Just *one* line.")).toBe("Just one line.");
  });

  it("cuts English at a word boundary with an ellipsis", () => {
    const text = "word ".repeat(100);
    const excerpt = excerptOf(text, 50);
    expect(excerpt.endsWith("word…")).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(51);
  });

  it("cuts Chinese by characters, never inside a surrogate pair", () => {
    const excerpt = excerptOf("高并发系统设计😀".repeat(40), 20);
    expect(Array.from(excerpt)).toHaveLength(21);
    expect(excerpt.endsWith("…")).toBe(true);
  });

  it("never reaches past its length into the rest of the body", () => {
    const body = `${"Opening sentence. ".repeat(12)}The secret second half.`;
    expect(excerptOf(body)).not.toContain("secret");
  });
});
