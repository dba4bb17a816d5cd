// The one markdown renderer: Chinese emphasis renders as written, and nothing unsafe gets through.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleMarkdown } from "./markdown";

const html = (source: string) => renderToStaticMarkup(<ArticleMarkdown source={source} />);

describe("ArticleMarkdown", () => {
  it("renders Chinese emphasis that ends in punctuation and runs into text", () => {
    const cases: Array<[string, string]> = [
      ["题目**“你为什么要学习高并发系统设计”**吸引了我", "<strong>“你为什么要学习高并发系统设计”</strong>吸引了我"],
      ["这是**重点。**然后继续", "<strong>重点。</strong>然后继续"],
      ["我觉得*（这一点）*很关键", "<em>（这一点）</em>很关键"],
      ["缓存**穿透、击穿、雪崩**三种问题", "<strong>穿透、击穿、雪崩</strong>三种问题"],
      ["用**Redis**做缓存", "<strong>Redis</strong>做缓存"],
    ];
    for (const [source, expected] of cases) expect(html(source), source).toContain(expected);
  });

  it("keeps English emphasis and literal asterisks as CommonMark has them", () => {
    expect(html("a **bold** word")).toContain("<strong>bold</strong>");
    expect(html("2 * 3 * 4")).toContain("2 * 3 * 4");
    expect(html("snake_case_name")).not.toContain("<em>");
  });

  it("renders no raw HTML and no javascript: links", () => {
    const out = html('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="alert(1)">');
    expect(out).not.toMatch(/<script|onerror|javascript:/i);
  });
});

describe("ArticleMarkdown's kept renders", () => {
  it("renders a body the same every time, and an edited body anew", () => {
    const body = "A [link](https://example.com) and **words**.";
    const first = html(body);
    expect(html(body)).toBe(first);
    expect(html(`${body} More.`)).toContain("More.");
    expect(html(`${body} More.`)).not.toBe(first);
  });
});
