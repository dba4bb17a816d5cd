import { endpoint } from "@/lib/api/endpoint";
import { HealthQuerySchema } from "@/lib/studio/health-schema";

// Curation health: how quickly, how fairly and by whom a course's discussion is curated.

export const courseHealth = endpoint({
  method: "GET",
  path: "/api/studio/health",
  tag: "studio",
  summary:
    "A course's curation health: {timeToFeatureHours: {p50, p90, sampleSize}, pendingOver48h, learnersFeaturedShare, " +
    "featureGini, featureSpread, unansweredFeatured, unansweredSample, perInstructor} (work shares over 90 days)",
  who: "the course's instructors and admins",
  auth: "user",
  query: HealthQuerySchema,
  ok: { status: 200, description: "the health figures" },
  errors: [403, 404],
});
