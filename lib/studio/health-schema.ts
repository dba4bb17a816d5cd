import type { CourseRefDTO } from "@/lib/studio/schema";
import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Curation health (GET /api/studio/health and /studio/health): the query and the figures,
// shared by the route, the page and its charts. lib/studio/health.ts defines each figure.

export const HealthQuerySchema = z.object({ course: IdField });
export type HealthQuery = z.infer<typeof HealthQuerySchema>;

/** How far back each person's share of the curation work is counted. */
export const HEALTH_WORK_DAYS = 90;
/** A comment or reply waiting longer than this is overdue. */
export const HEALTH_OVERDUE_HOURS = 48;

export type HealthDTO = {
  course: CourseRefDTO;
  /** Hours from a comment being written to being featured, over every comment ever featured. */
  timeToFeatureHours: { p50: number | null; p90: number | null; sampleSize: number };
  /** Pending comments plus pending replies written more than 48 hours ago. */
  pendingOver48h: number;
  pendingOver48hParts: { comments: number; replies: number };
  /** Share (0..1) of the learners who commented that were featured at least once; null: nobody commented. */
  learnersFeaturedShare: number | null;
  commentingLearners: number;
  featuredLearners: number;
  /** Gini of features per commenting learner: 0 evenly spread, toward 1 a few get them all; null: no features. */
  featureGini: number | null;
  /** Commenting learners by how many of their comments were ever featured (0, 1, 2, 3+). */
  featureSpread: Array<{ features: "0" | "1" | "2" | "3+"; learners: number }>;
  /** Featured questions without a live author reply. */
  unansweredFeatured: number;
  /** The oldest of them (by when they were featured), at most ten. */
  unansweredSample: Array<{ id: string; excerpt: string; authorName: string; featuredAt: string; href: string }>;
  /** Each person's curation actions in the last HEALTH_WORK_DAYS days, most first. */
  perInstructor: Array<{ id: string; name: string; actions: number; share: number }>;
};
