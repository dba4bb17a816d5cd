import type { AnsweredCommentDTO } from "@/lib/faq/schema";
import type { RecapDTO } from "@/lib/recap/schema";

// The recap as one Markdown document: headings per lesson, comments as quotes, answers beneath.

/** The words of the document, in the reader's language (the route reads them from the messages). */
export type RecapLabels = {
  title: (chapter: string) => string;
  course: string;
  faq: string;
  topAnswered: string;
  unanswered: string;
  authorReply: (name: string) => string;
  whyFeatured: string;
  locked: string;
  emptyLesson: string;
  emptyChapter: string;
};

/** Markdown-quotes plain text; characters Markdown would act on are escaped, so a comment stays text. */
const quote = (text: string) =>
  text
    .replace(/([\\`*_[\]<>#|])/g, "\\$1")
    .split("\n")
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");

const escapeLine = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");

function entry({ comment, authorReply }: AnsweredCommentDTO, labels: RecapLabels) {
  const lines = [`**${escapeLine(comment.author.name)}**`, "", quote(comment.body)];
  if (comment.reason) lines.push("", `_${labels.whyFeatured}_ ${escapeLine(comment.reason)}`);
  lines.push("", `**${escapeLine(labels.authorReply(authorReply.author.name))}**`, "", quote(authorReply.body));
  return lines.join("\n");
}

/** The recap as a Markdown document; links are absolute from `origin`. */
export function recapToMarkdown(recap: RecapDTO, labels: RecapLabels, origin: string): string {
  const out = [
    `# ${escapeLine(labels.title(recap.chapter.title))}`,
    "",
    `${labels.course}: ${escapeLine(recap.course.title)}`,
  ];
  if (recap.lessons.length === 0) out.push("", labels.emptyChapter);
  for (const lesson of recap.lessons) {
    out.push("", `## [${escapeLine(lesson.title)}](${origin}${lesson.href})`);
    if (lesson.locked) {
      out.push("", labels.locked);
      continue;
    }
    const isEmpty = !lesson.faq.length && !lesson.topAnswered.length && !lesson.unanswered.length;
    if (isEmpty) out.push("", labels.emptyLesson);
    if (lesson.faq.length) out.push("", `### ${labels.faq}`, ...lesson.faq.map((e) => `\n${entry(e, labels)}`));
    if (lesson.topAnswered.length)
      out.push("", `### ${labels.topAnswered}`, ...lesson.topAnswered.map((e) => `\n${entry(e, labels)}`));
    if (lesson.unanswered.length)
      out.push(
        "",
        `### ${labels.unanswered}`,
        ...lesson.unanswered.map((c) => `\n**${escapeLine(c.author.name)}**\n\n${quote(c.body)}`),
      );
  }
  return `${out.join("\n")}\n`;
}
