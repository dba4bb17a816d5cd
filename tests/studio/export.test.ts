import { contentDisposition, csvField, exportFeatured, toCsv, UTF8_BOM } from "@/lib/studio/export";
import { afterAll, describe, expect, it } from "vitest";
import { connect, createComment, createLesson } from "../../prisma/factories";
import { createStudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === "," || (ch === "\r" && text[i + 1] === "\n")) {
      rows.at(-1)!.push(field);
      field = "";
      if (ch === "\r") {
        rows.push([]);
        i++;
      }
    } else {
      field += ch;
    }
  }
  rows.pop(); // after the last line break
  return rows;
}

describe("CSV fields", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["+1", "'+1"],
    ["@cmd", "'@cmd"],
    ["精选，留言", "精选，留言"],
  ])("%j is written as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("numbers and booleans are written bare, and the file starts with a BOM and ends lines with CRLF", () => {
    expect(csvField(12)).toBe("12");
    expect(csvField(true)).toBe("true");
    const csv = toCsv([]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("exporting featured comments", () => {
  it("writes CSV as UTF-8 with a BOM that reads back exactly, featured comments only", async () => {
    const a = await createStudioCourse(db, "A");
    const tricky = '缓存穿透, "布隆过滤器"\n第二行';
    await createComment(db, {
      courseId: a.course.id,
      articleId: a.lesson.id,
      authorId: a.users.learner.id,
      status: "FEATURED",
      body: tricky,
    });
    await db.reply.create({
      data: {
        commentId: a.featured.id,
        authorId: a.users.instructor.id,
        body: 'Author says, "yes"',
        isAuthorReply: true,
      },
    });

    const file = await exportFeatured(a.users.instructor, { course: a.course.slug, format: "csv" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toMatch(new RegExp(`^featured-comments-${a.course.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect([...Buffer.from(file.body, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(file.body.slice(1));
    expect(header).toEqual([
      "article",
      "article_url",
      "author",
      "posted_at",
      "likes",
      "replies",
      "pinned",
      "comment",
      "author_reply",
    ]);
    expect(rows).toHaveLength(2);
    const byBody = new Map(rows.map((r) => [r[7], r]));
    expect(byBody.get(tricky)).toMatchObject({ 0: "Lesson A", 2: "Learner A", 4: "0" });
    expect(byBody.get("featured in A")).toMatchObject({ 4: "3", 8: 'Author says, "yes"' });
    expect(file.body).not.toContain("pending in A");
  });

  it("writes Markdown with a heading per article, and one article alone on request", async () => {
    const a = await createStudioCourse(db, "A");
    const second = await createLesson(db, a.course.id, a.users.instructor.id, { title: "Second lesson", position: 2 });
    await createComment(db, {
      courseId: a.course.id,
      articleId: second.id,
      authorId: a.users.learner.id,
      status: "FEATURED",
      body: "# not a heading\n<b>bold?</b>",
    });

    const md = await exportFeatured(a.users.instructor, { course: a.course.slug, format: "md" });
    expect(md.contentType).toBe("text/markdown; charset=utf-8");
    expect(md.filename.endsWith(".md")).toBe(true);
    expect(md.body).toMatch(/^# Course A — featured comments\n/);
    const headings = md.body.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## Lesson A", "## Second lesson"]);
    expect(md.body).toContain("> \\# not a heading\n> \\<b\\>bold?\\</b\\>");

    const one = await exportFeatured(a.users.instructor, { course: a.course.slug, article: second.id, format: "md" });
    expect(one.body.split("\n").filter((l) => l.startsWith("## "))).toEqual(["## Second lesson"]);
    expect(one.filename).toContain(second.slug);
  });

  it("names the download safely", () => {
    expect(contentDisposition("featured-comments-x-2026-01-01.csv")).toBe(
      "attachment; filename=\"featured-comments-x-2026-01-01.csv\"; filename*=UTF-8''featured-comments-x-2026-01-01.csv",
    );
    expect(contentDisposition('精选"x.csv')).toBe(
      "attachment; filename=\"___x.csv\"; filename*=UTF-8''%E7%B2%BE%E9%80%89%22x.csv",
    );
  });
});
