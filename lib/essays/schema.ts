import { z } from "@/lib/zod";

// Inputs and DTOs of learner reflections (essays); shared by the editor (client) and the
// routes (server).

export const ESSAY_TITLE_MAX_LENGTH = 120;
// 16,000 characters of Chinese are at most 48 KB of UTF-8, inside the 64 KB request limit
// of lib/http.ts (and of a keepalive fetch), so a full essay always fits in one save.
export const ESSAY_BODY_MAX_LENGTH = 16_000;
export const RETURN_NOTE_MAX_LENGTH = 1000;

// A draft is saved as typed (even empty, or with a trailing space); only submitting asks
// for a title and a body.
const draftTitle = z
  .string({ error: "The title must be text." })
  .max(ESSAY_TITLE_MAX_LENGTH, { error: `Keep the title under ${ESSAY_TITLE_MAX_LENGTH} characters.` });
const draftBody = z
  .string({ error: "The reflection must be text." })
  .max(ESSAY_BODY_MAX_LENGTH, { error: `Keep the reflection under ${ESSAY_BODY_MAX_LENGTH} characters.` });

/** POST /api/courses/:slug/essays — a new draft, possibly still empty. */
export const CreateEssaySchema = z.strictObject({ title: draftTitle.default(""), body: draftBody.default("") });

/** What an essay needs before it can be submitted. */
export const ReadyEssaySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "Give your reflection a title." })
    .max(ESSAY_TITLE_MAX_LENGTH, { error: `Keep the title under ${ESSAY_TITLE_MAX_LENGTH} characters.` }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write your reflection first." })
    .max(ESSAY_BODY_MAX_LENGTH, { error: `Keep the reflection under ${ESSAY_BODY_MAX_LENGTH} characters.` }),
});

export const ReturnNoteField = z
  .string({ error: "Tell the author what to change." })
  .trim()
  .min(1, { error: "Tell the author what to change." })
  .max(RETURN_NOTE_MAX_LENGTH, { error: `Keep the note under ${RETURN_NOTE_MAX_LENGTH} characters.` });

const Actions = z.discriminatedUnion("action", [
  z
    .strictObject({ action: z.literal("edit"), title: draftTitle.optional(), body: draftBody.optional() })
    .refine((v) => v.title !== undefined || v.body !== undefined, { error: "Send a title or a body." }),
  // Submitting may carry the latest text, so the last keystrokes and the submission are one write.
  z.strictObject({ action: z.literal("submit"), title: draftTitle.optional(), body: draftBody.optional() }),
  z.strictObject({ action: z.literal("publish") }),
  z.strictObject({ action: z.literal("return"), note: ReturnNoteField }),
  z.strictObject({ action: z.literal("pin"), storyPinned: z.boolean({ error: "storyPinned must be true or false." }) }),
]);

/**
 * PATCH /api/articles/:id on an essay. The wire shapes are `{title?, body?}` (edit),
 * `{action: "submit", title?, body?}`, `{action: "publish"}`, `{action: "return", note}`
 * and `{storyPinned}`; the first and the last get their action name here.
 */
export const UpdateEssaySchema = z.preprocess((v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v) || "action" in v) return v;
  return { action: "storyPinned" in v ? "pin" : "edit", ...v };
}, Actions);

export type CreateEssayInput = z.infer<typeof CreateEssaySchema>;
export type UpdateEssayInput = z.infer<typeof Actions>;
export type EssayActionName = UpdateEssayInput["action"];

export type EssayStatusName = "draft" | "submitted" | "returned" | "published";

export type EssaySummaryDTO = {
  id: string;
  course: { id: string; slug: string; title: string };
  title: string;
  status: EssayStatusName;
  /** The instructor's note when the essay was last returned. */
  returnNote: string | null;
  /** Pinned to the top of the course's Learner stories. */
  storyPinned: boolean;
  author: { id: string; name: string; avatarUrl: string | null };
  /** The article page (public once published; before that, its author and the instructors). */
  href: string;
  /** The editor (its author only). */
  editHref: string;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type EssayDTO = EssaySummaryDTO & { body: string };

/** How many of their own essays a learner's list shows before "Load more". */
export const ESSAY_PAGE_SIZE = 20;
/** A review desk section's page: the desk showed up to 100 before it had pages, and still does before "Load more". */
export const REVIEW_PAGE_SIZE = 100;

/** GET /api/courses/:slug/essays — the viewer's own essays, a page at a time. */
export const ListEssaysQuerySchema = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(ESSAY_PAGE_SIZE),
});

/** GET /api/studio/essays — one section of the review desk, a page at a time. */
export const ReviewEssaysQuerySchema = ListEssaysQuerySchema.extend({
  status: z.enum(["submitted", "published"], { error: 'Give status "submitted" or "published".' }),
  limit: z.coerce.number().int().min(1).max(REVIEW_PAGE_SIZE).default(REVIEW_PAGE_SIZE),
});

export type ListEssaysQuery = z.infer<typeof ListEssaysQuerySchema>;
export type ReviewEssaysQuery = z.infer<typeof ReviewEssaysQuerySchema>;
