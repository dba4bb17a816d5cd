import { searchWords } from "@/lib/similarity/analyze";
import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import { anyWordQuery, quoteLexeme, searchVectorText } from "./index-values";
import { SearchQuerySchema } from "./schema";
import { highlightPattern, SNIPPET_LENGTH, snippetOf } from "./snippet";

const marked = (markdown: string, q: string) => {
  const { snippet, highlights } = snippetOf(markdown, highlightPattern(q));
  return { snippet, words: highlights.map(([s, e]) => snippet.slice(s, e)) };
};

describe("snippets", () => {
  it("marks the query's words, the forms of its concepts and English words by stem", () => {
    expect(marked("我们在网关里用 **Consistent Hashing** 路由，Caching 也在网关。", "一致性哈希 caches").words).toEqual(
      ["Consistent Hashing", "Caching"],
    );
  });

  it("marks Latin words next to Chinese, but not inside other words", () => {
    expect(marked("用Redis做缓存；predis 不算", "redis").words).toEqual(["Redis"]);
    expect(marked("分片数 N 的选择：nginx n 个", "N").words).toEqual(["N", "n"]);
  });

  it("cuts long text around the first match, with ellipses, and marks within the cut", () => {
    const text = "开头".repeat(100) + "这里讲限流" + "结尾".repeat(100);
    const { snippet, words } = marked(text, "限流");
    expect(snippet.startsWith("…") && snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(words).toEqual(["限流"]);
  });

  it("shows the opening when no word shows, and plain text, never markdown", () => {
    expect(marked("## 标题\n\n正文 *强调*", "无关").snippet).toBe("标题 正文 强调");
  });
});

describe("index text", () => {
  it("quotes lexemes PostgreSQL reads back as they were", () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
  });

  it("numbers words in reading order with their part's weight", () => {
    expect(
      searchVectorText([
        { words: searchWords("Bloom"), weight: "A" },
        { words: searchWords("filter"), weight: "B" },
      ]),
    ).toBe("'#bloom-filter':1A 'bloom':2A 'filter':3B"); // a concept comes first, then its words
  });

  it("an empty or stopword-only query asks for nothing", () => {
    expect(anyWordQuery("  ")).toBeNull();
    expect(anyWordQuery("the of")).toBeNull();
    expect(anyWordQuery("缓存")).toContain("'缓存'");
  });
});

describe("cursor", () => {
  it("round-trips and refuses anything else", () => {
    const c = { rank: "0.123", kind: "comment" as const, id: "cmx3hvqba000l5q7dflw409ym" };
    expect(decodeSearchCursor(encodeSearchCursor(c))).toEqual(c);
    for (const bad of ["x", Buffer.from('["1;drop","comment","c1"]').toString("base64url")])
      expect(() => decodeSearchCursor(bad)).toThrow();
  });
});

describe("query", () => {
  it("is trimmed, at most 500 characters, empty by default", () => {
    expect(SearchQuerySchema.parse({ q: `  ${"缓".repeat(500)}  ` }).q).toHaveLength(500);
    expect(SearchQuerySchema.safeParse({ q: "缓".repeat(501) }).success).toBe(false);
    expect(SearchQuerySchema.parse({})).toEqual({ q: "", limit: 10 });
    expect(SearchQuerySchema.safeParse({ q: "x", limit: "51" }).success).toBe(false);
  });
});
