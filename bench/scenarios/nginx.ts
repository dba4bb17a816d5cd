// Through the shipped deploy/nginx.conf, its upstream pointed at the bench's app server: the
// visitor's article page and featured list, which nginx micro-caches for the second or two
// the app allows. Server CPU counts nginx's processes and the app's together.
import { hasNginx, startNginx } from "../../tests/support/nginx";
import { onCleanup } from "../lib/cleanup";
import { measure, skipped, type Endpoint, type LoadResult } from "../lib/load";
import { errorMessage, log } from "../lib/log";
import type { Seeded } from "../setup-db";
import { articlePagePath, listPath, pageScenario } from "./reads";

export type NginxResults = { page: LoadResult; list: LoadResult };

/** nginx's cache status of each answer (deploy/nginx.conf adds it): HIT, STALE, UPDATING, MISS… */
const CACHE_STATUS = "X-Proxy-Cache";

export async function nginxScenarios(app: Endpoint, seeded: Seeded): Promise<NginxResults> {
  const pageName = "article page HTML through nginx";
  const listName = "featured list through nginx";
  if (!hasNginx()) {
    const why = "no nginx binary (apt-get install nginx)";
    return { page: skipped(pageName, "GET /courses/…", why), list: skipped(listName, "GET /api/…", why) };
  }
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  try {
    nginx = await startNginx([Number(new URL(app.origin).port)]);
  } catch (err) {
    const why = `nginx did not start: ${errorMessage(err)}`;
    return { page: skipped(pageName, "GET /courses/…", why), list: skipped(listName, "GET /api/…", why) };
  }
  const stop = onCleanup("stop nginx", nginx.stop);
  log(`nginx up at ${nginx.origin}, in front of ${app.origin}`);
  try {
    const front: Endpoint = {
      origin: nginx.origin,
      logTail: app.logTail,
    };
    const serverPid = app.pid ? [nginx.pid, app.pid] : undefined;
    const page = await pageScenario(front, pageName, articlePagePath(seeded), () => ({}), "anonymous", {
      serverPid,
      tallyHeader: CACHE_STATUS,
    });
    const list = await measure(listName, {
      origin: nginx.origin,
      serverPid,
      target: "GET /api/articles/{id}/comments?sort=top&limit=20",
      next: () => ({ path: listPath(seeded.main.id) }),
      note: "anonymous",
      tallyHeader: CACHE_STATUS,
    });
    return { page, list };
  } finally {
    await stop();
  }
}
