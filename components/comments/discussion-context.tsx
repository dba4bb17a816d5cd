"use client";

import type { Page, ReplyDTO } from "@/lib/comments/schema";
import type { CoursePermissions } from "@/lib/courses/policy";
import { createContext, useContext } from "react";

/** What every part of the discussion needs to know about the article and the viewer. */
export type DiscussionInfo = {
  articleId: string;
  courseSlug: string;
  access: CoursePermissions;
  viewerId: string | null;
  /** Where "sign in" leads, coming back to this article afterwards. */
  signInHref: string;
  /** The server's clock when the page was rendered (ms), so relative dates hydrate identically. */
  serverNow: number;
  /** Replies the server already loaded, by comment id. */
  initialReplies: Record<string, Page<ReplyDTO>>;
};

export const DiscussionContext = createContext<DiscussionInfo | null>(null);

export function useDiscussion(): DiscussionInfo {
  const info = useContext(DiscussionContext);
  if (!info) throw new Error("useDiscussion must be used inside <Discussion>.");
  return info;
}
