"use client";

import dynamic from "next/dynamic";

// What only members, authors and instructors see, with the forms' validation schemas: each is
// fetched when first shown (or server-rendered for those who see it), so a reader's page
// carries none of it.

export const Composer = dynamic(() => import("./composer").then((m) => m.Composer));
export const ReplyForm = dynamic(() => import("./reply-form").then((m) => m.ReplyForm));
export const OwnCommentActions = dynamic(() => import("./own-comment-actions").then((m) => m.OwnCommentActions));
export const CurationControls = dynamic(() => import("./curation-controls").then((m) => m.CurationControls));
export const ReportButton = dynamic(() => import("./report-button").then((m) => m.ReportButton));
export const ReplyActions = dynamic(() => import("./reply-actions").then((m) => m.ReplyActions));
