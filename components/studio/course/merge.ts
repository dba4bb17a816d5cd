import { diff3Merge } from "node-diff3";

// When a save answers 409, someone saved the lesson since this editor's last save. A
// three-way merge of the last saved text (base), this editor's text (mine) and theirs
// combines changes to different lines; changes to the same lines are a conflict the
// instructor decides. Nothing is ever dropped without their choice.

export type LessonText = { title: string; body: string };

/** A passage both sides changed differently. */
export type MergeConflict = { field: "title" | "body"; mine: string; theirs: string };

export type MergeOutcome = { clean: true; merged: LessonText } | { clean: false; conflicts: MergeConflict[] };

function mergeTitle(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  return null;
}

function mergeBody(base: string, mine: string, theirs: string): { text: string } | { conflicts: MergeConflict[] } {
  if (mine === theirs || theirs === base) return { text: mine };
  if (mine === base) return { text: theirs };
  const regions = diff3Merge(mine.split("\n"), base.split("\n"), theirs.split("\n"), { excludeFalseConflicts: true });
  const conflicts = regions.flatMap((r) =>
    r.conflict ? [{ field: "body" as const, mine: r.conflict.a.join("\n"), theirs: r.conflict.b.join("\n") }] : [],
  );
  if (conflicts.length > 0) return { conflicts };
  return { text: regions.flatMap((r) => r.ok ?? []).join("\n") };
}

export function mergeLesson(base: LessonText, mine: LessonText, theirs: LessonText): MergeOutcome {
  const title = mergeTitle(base.title, mine.title, theirs.title);
  const body = mergeBody(base.body, mine.body, theirs.body);
  const conflicts = [
    ...(title === null ? [{ field: "title" as const, mine: mine.title, theirs: theirs.title }] : []),
    ...("conflicts" in body ? body.conflicts : []),
  ];
  if (title === null || "conflicts" in body) return { clean: false, conflicts };
  return { clean: true, merged: { title, body: body.text } };
}
