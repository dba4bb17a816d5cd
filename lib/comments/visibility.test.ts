import type { CommentCan, PublicCommentDTO } from "@/lib/comments/schema";
import {
  asDeleted,
  canDeleteComment,
  canEditComment,
  canReportComment,
  canSeeComment,
  canSeeCommentDTO,
  commentCan,
  isCountedAsFeatured,
  isOpenForDiscussion,
} from "@/lib/comments/visibility";
import { coursePermissions, type CourseFacts } from "@/lib/courses/policy";
import type { CommentStatus } from "@/lib/generated/prisma/client";
import { describe, expect, it } from "vitest";

// The discussion's rules as pure tables: no database (the filters beside them are held to the
// same rules in tests/comments/rules.test.ts).

const AUTHOR = { id: "author" };
const OTHER = { id: "other" };
const facts = (status: CommentStatus, isDeleted = false, replyCount = 0) => ({
  authorId: AUTHOR.id,
  status,
  deletedAt: isDeleted ? new Date("2026-01-01") : null,
  replyCount,
});

describe("canSeeComment", () => {
  it.each([
    // viewer, curates, status, deleted, replies, sees
    ["a visitor", null, false, "FEATURED", false, 0, true],
    ["a visitor", null, false, "PENDING", false, 0, false],
    ["a visitor", null, false, "HIDDEN", false, 0, false],
    ["the author", AUTHOR, false, "PENDING", false, 0, true],
    ["the author", AUTHOR, false, "HIDDEN", false, 0, true],
    ["another learner", OTHER, false, "PENDING", false, 0, false],
    ["another learner", OTHER, false, "HIDDEN", false, 0, false],
    ["a curator", OTHER, true, "PENDING", false, 0, true],
    ["a curator", OTHER, true, "HIDDEN", false, 0, true],
    // Linked to another comment's answer: seen like a pending one.
    ["a visitor", null, false, "LINKED", false, 0, false],
    ["the author", AUTHOR, false, "LINKED", false, 0, true],
    ["another learner", OTHER, false, "LINKED", false, 0, false],
    ["a curator", OTHER, true, "LINKED", false, 0, true],
    ["a visitor, deleted featured with replies", null, false, "FEATURED", true, 2, true],
    ["a visitor, deleted featured without replies", null, false, "FEATURED", true, 0, false],
    ["the author, own deleted pending", AUTHOR, false, "PENDING", true, 0, false],
    ["a curator, deleted hidden with replies", OTHER, true, "HIDDEN", true, 2, false],
  ] as const)("%s (%s): %s, deleted %s, %i replies → %s", (_who, viewer, canCurate, status, del, replies, expected) => {
    expect(canSeeComment(viewer, canCurate, facts(status, del, replies))).toBe(expected);
  });
});

describe("isOpenForDiscussion", () => {
  it.each([
    ["FEATURED", false, true],
    ["FEATURED", true, false],
    ["PENDING", false, false],
    ["HIDDEN", false, false],
    ["LINKED", false, false],
  ] as const)("%s, deleted %s → %s", (status, del, expected) => {
    expect(isOpenForDiscussion(facts(status, del))).toBe(expected);
  });
});

describe("what an author and others may do (edit · delete · report)", () => {
  it.each([
    // viewer, status, deleted, edit, delete, report
    ["the author", AUTHOR, "PENDING", false, true, true, false],
    ["the author", AUTHOR, "FEATURED", false, false, true, false],
    ["the author", AUTHOR, "HIDDEN", false, false, true, false],
    ["the author", AUTHOR, "LINKED", false, false, true, false],
    ["the author", AUTHOR, "PENDING", true, false, false, false],
    ["another learner", OTHER, "PENDING", false, false, false, false],
    ["another learner", OTHER, "FEATURED", false, false, false, true],
    ["another learner", OTHER, "FEATURED", true, false, false, false],
    ["a visitor", null, "FEATURED", false, false, false, false],
  ] as const)("%s: %s, deleted %s → edit %s, delete %s, report %s", (_who, viewer, status, del, ...expected) => {
    const c = facts(status, del);
    expect([canEditComment(viewer, c), canDeleteComment(viewer, c), canReportComment(viewer, c)]).toEqual(expected);
  });
});

const dto = (status: PublicCommentDTO["status"], isDeleted = false): PublicCommentDTO => ({
  id: "c1",
  articleId: "a1",
  author: { id: AUTHOR.id, name: "Ann", avatarUrl: null, isInstructor: false },
  body: isDeleted ? "" : "Hello",
  status,
  pinned: false,
  likeCount: 0,
  replyCount: isDeleted ? 1 : 0,
  likedByMe: false,
  isDeleted,
  heldReason: null,
  answeredIn: null,
  reason: null,
  isFaq: false,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});
const can = (flags: string): CommentCan => ({
  edit: flags.includes("E"),
  delete: flags.includes("D"),
  reply: flags.includes("R"),
  like: flags.includes("L"),
  report: flags.includes("P"),
  curate: flags.includes("C"),
});
const learner = { role: "LEARNER" as const };
const OPEN: CourseFacts = { enrollment: "OPEN", archivedAt: null };
const ARCHIVED: CourseFacts = { enrollment: "OPEN", archivedAt: new Date(0) };
const admin = { role: "ADMIN" as const };

describe("commentCan (the DTO's `can`)", () => {
  it.each([
    // who, viewer, access, status, deleted, can: Edit Delete Reply Like rePort Curate
    ["a visitor", null, coursePermissions(null, null, OPEN), "featured", false, ""],
    ["an outsider", OTHER, coursePermissions(learner, null, OPEN), "featured", false, "P"],
    ["a member", OTHER, coursePermissions(learner, "LEARNER", OPEN), "featured", false, "RLP"],
    ["the author", AUTHOR, coursePermissions(learner, "LEARNER", OPEN), "featured", false, "DRL"],
    ["the author", AUTHOR, coursePermissions(learner, "LEARNER", OPEN), "pending", false, "ED"],
    ["the author", AUTHOR, coursePermissions(learner, "LEARNER", OPEN), "hidden", false, "D"],
    ["the author", AUTHOR, coursePermissions(learner, "LEARNER", OPEN), "featured", true, ""],
    ["an instructor", OTHER, coursePermissions(learner, "INSTRUCTOR", OPEN), "featured", false, "RLPC"],
    ["an instructor", OTHER, coursePermissions(learner, "INSTRUCTOR", OPEN), "pending", false, "C"],
    ["an instructor", OTHER, coursePermissions(learner, "INSTRUCTOR", OPEN), "featured", true, ""],
    ["an admin", OTHER, coursePermissions(admin, null, OPEN), "hidden", false, "C"],
    ["the author", AUTHOR, coursePermissions(learner, "LEARNER", OPEN), "linked", false, "D"],
    ["an instructor", OTHER, coursePermissions(learner, "INSTRUCTOR", OPEN), "linked", false, "C"],
    ["an admin", OTHER, coursePermissions(admin, null, OPEN), "featured", false, "RLPC"],
    // An archived course keeps its likes but takes no new replies.
    ["a member (archived)", OTHER, coursePermissions(learner, "LEARNER", ARCHIVED), "featured", false, "LP"],
    ["an instructor (archived)", OTHER, coursePermissions(learner, "INSTRUCTOR", ARCHIVED), "featured", false, "LPC"],
  ] as const)("%s, %s comment (deleted %s) → %s", (_who, viewer, access, status, del, flags) => {
    expect(commentCan(viewer, access, dto(status, del))).toEqual(can(flags));
  });

  it.each([
    ["featured", false, true],
    ["featured", true, false],
    ["pending", false, false],
    ["hidden", false, false],
    ["linked", false, false],
  ] as const)("a %s comment (deleted %s) counts as featured: %s", (status, del, expected) => {
    expect(isCountedAsFeatured(dto(status, del))).toBe(expected);
  });

  it.each([
    ["a visitor", null, false, 1, true],
    ["a visitor", null, false, 0, false],
    ["a curator", OTHER, true, 0, false],
    ["its author", AUTHOR, false, 0, false],
  ] as const)("%s sees a deleted featured comment with %i replies: %s", (_w, viewer, canCurate, replies, expected) => {
    const deleted = { ...asDeleted({ ...dto("featured"), can: can(""), progress: null }), replyCount: replies };
    expect(canSeeCommentDTO(viewer, canCurate, deleted)).toBe(expected);
  });

  it("a deleted placeholder allows nothing, whoever looks", () => {
    const shown = { ...dto("featured"), can: can("DRLPC"), progress: null };
    const deleted = asDeleted(shown);
    expect(deleted).toMatchObject({ isDeleted: true, body: "", pinned: false, can: can("") });
    expect(commentCan(AUTHOR, coursePermissions(admin, null, OPEN), deleted)).toEqual(deleted.can);
  });
});
