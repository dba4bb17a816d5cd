import type { CoursePermissions } from "@/lib/courses/policy";
import type { ErrorCode } from "@/lib/errors";
import type { EssayActionName } from "@/lib/essays/schema";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

// Who may move an essay from which state to which. Pure, so the routes, the pages and
// the tests ask the same table. Visibility (404) is decided before this, by
// canSeeArticle: an unpublished essay is known only to its author and the course's curators.

/** The states each action starts from. */
export const ESSAY_ACTION_FROM: Record<EssayActionName, readonly ArticleStatus[]> = {
  edit: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  publish: ["SUBMITTED"],
  return: ["SUBMITTED"],
  pin: ["PUBLISHED"],
};

/** Editing and submitting belong to the author; the rest to the course's instructors and admins. */
export const isAuthorAction = (action: EssayActionName) => action === "edit" || action === "submit";

export type Refusal = { code: Extract<ErrorCode, "forbidden" | "conflict">; message: string };

/** Why `viewer` may not take `action` on the essay now, or null when they may. */
export function essayRefusal(
  viewer: { id: string },
  access: CoursePermissions,
  essay: { authorId: string; status: ArticleStatus },
  action: EssayActionName,
): Refusal | null {
  if (isAuthorAction(action)) {
    if (viewer.id !== essay.authorId)
      return { code: "forbidden", message: "Only the author may edit or submit a reflection." };
    if (!access.canParticipate) return { code: "forbidden", message: "Join the course first." };
  } else if (!access.canCurate) {
    return { code: "forbidden", message: "Only the course's instructors may publish, return or feature reflections." };
  }
  if (!ESSAY_ACTION_FROM[action].includes(essay.status))
    return { code: "conflict", message: conflictMessage(action, essay.status) };
  return null;
}

function conflictMessage(action: EssayActionName, status: ArticleStatus) {
  const state = status.toLowerCase();
  switch (action) {
    case "edit":
    case "submit":
      return `This reflection is ${state}; it can change only while a draft or returned.`;
    case "publish":
    case "return":
      return `Only submitted reflections can be published or returned; this one is ${state}.`;
    case "pin":
      return "Only published reflections can be featured on the course page.";
  }
}

/** Whether the author can still change the text (draft or returned). */
export const isEditableStatus = (status: ArticleStatus) => ESSAY_ACTION_FROM.edit.includes(status);
