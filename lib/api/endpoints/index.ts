import type { EndpointSpec } from "@/lib/api/endpoint";
import * as accounts from "@/lib/api/endpoints/accounts";
import * as admin from "@/lib/api/endpoints/admin";
import * as articles from "@/lib/api/endpoints/articles";
import * as comments from "@/lib/api/endpoints/comments";
import * as courses from "@/lib/api/endpoints/courses";
import * as faqRecap from "@/lib/api/endpoints/faq-recap";
import * as health from "@/lib/api/endpoints/health";
import * as mail from "@/lib/api/endpoints/mail";
import * as members from "@/lib/api/endpoints/members";
import * as publishing from "@/lib/api/endpoints/publishing";
import * as replies from "@/lib/api/endpoints/replies";
import * as studio from "@/lib/api/endpoints/studio";
import * as studioSeen from "@/lib/api/endpoints/studio-seen";
import * as system from "@/lib/api/endpoints/system";
import * as uploads from "@/lib/api/endpoints/uploads";

export {
  accounts,
  admin,
  articles,
  comments,
  courses,
  faqRecap,
  health,
  mail,
  members,
  publishing,
  replies,
  studio,
  studioSeen,
  system,
  uploads,
};

const isSpec = (value: unknown): value is EndpointSpec =>
  typeof value === "object" && value !== null && "method" in value && "path" in value;

/** Every endpoint of the API, for its OpenAPI document. */
export const ENDPOINTS: EndpointSpec[] = [
  accounts,
  admin,
  articles,
  courses,
  faqRecap,
  health,
  mail,
  members,
  publishing,
  comments,
  replies,
  studio,
  studioSeen,
  system,
  uploads,
].flatMap((group) => Object.values(group).filter(isSpec));
