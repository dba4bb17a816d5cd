// deploy/nginx.conf's micro-cache keeps private bits private: in front of a production server,
// a learner's pending comment and like, and an instructor's controls, never reach another
// viewer's answer through nginx. Signed-in requests (the real session cookie, and every form
// of it nginx must recognise) are never answered from nginx's cache nor stored in it, and
// nothing nginx stores, nor any anonymous answer, holds a private bit. Also: the featured
// list's own cache headers (shared for a second for visitors, private for members).
// Skips, saying so, without an nginx binary.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment } from "../../prisma/factories";
import { createWorld } from "../../prisma/world";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { startApp, type AppServer } from "../support/app-server";
import { hasNginx, startNginx, type Nginx } from "../support/nginx";
import { skipWhen } from "../support/skip";
import { api, ensureBuild, signIn } from "./support";

const skip = skipWhen(hasNginx() ? undefined : "no nginx binary (apt-get install nginx)");

const PENDING_BODY = "A pending thought that only its author may see before curation.";
const FEATURED_BODY = "A featured comment that every reader sees.";
/** Private bits as they appear in a page's HTML (inside its escaped RSC payload) or in the list's JSON. */
const LIKED_BY_ME = /likedByMe\\*":true/;
const CAN_CURATE = /canCurate\\*":true/;
const privateBits = (text: string) => ({
  pending: text.includes(PENDING_BODY),
  likedByMe: LIKED_BY_ME.test(text),
  canCurate: CAN_CURATE.test(text),
});
const NONE = { pending: false, likedByMe: false, canCurate: false };

/** Every file nginx stored in its cache folder. */
function cachedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

let testDb: TestDatabase;
let db: ReturnType<typeof connect>;
let app: AppServer;
let nginx: Nginx | undefined;
let pagePath: string, listPath: string;
let learner: string, instructor: string;

async function get(url: string, cookie?: string) {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(20_000) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe("deploy/nginx.conf's micro-cache and private answers", skip, () => {
  beforeAll(async () => {
    ensureBuild();
    testDb = await createTestDatabase();
    db = connect(testDb.url);
    const { course, users, learners, article } = await createWorld(db, { learners: 1 });
    const me = learners[0]!;
    const featured = await createComment(db, {
      courseId: course.id,
      articleId: article.id,
      authorId: users.member.id,
      status: "FEATURED",
      body: FEATURED_BODY,
    });
    await createComment(db, { courseId: course.id, articleId: article.id, authorId: me.id, body: PENDING_BODY });
    await db.article.update({ where: { id: article.id }, data: { featuredCommentCount: 1 } });
    pagePath = `/courses/${course.slug}/articles/${article.slug}`;
    listPath = `/api/articles/${article.id}/comments`;

    app = await startApp(testDb.url);
    learner = await signIn(app.url, me.email, me.password);
    instructor = await signIn(app.url, users.instructor.email, users.instructor.password);
    expect((await api(app.url, `/api/comments/${featured.id}/like`, { method: "PUT", cookie: learner })).status).toBe(
      200,
    );
    nginx = await startNginx([app.port]);
  }, 600_000);

  afterAll(async () => {
    await nginx?.stop();
    await app?.kill();
    await db?.$disconnect();
    await testDb?.drop();
  }, 60_000);

  it("the featured list is shared for a second with visitors and private for members", async () => {
    const visitor = await api(app.url, listPath);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=10");
    expect(visitor.headers.get("vary")).toMatch(/\bCookie\b/i);
    const member = await api(app.url, listPath, { cookie: learner });
    expect(member.status).toBe(200);
    expect(member.headers.get("cache-control")).toBe("private, no-store");
  });

  it("signed-in answers carry their private bits, and nginx neither answers them from its cache nor stores them", async () => {
    // Before any visitor: whatever nginx would store now could only be a member's answer.
    for (let round = 0; round < 3; round++) {
      for (const [who, cookie, expected] of [
        ["learner", learner, { pending: true, likedByMe: true, canCurate: false }],
        ["instructor", instructor, { pending: false, likedByMe: false, canCurate: true }],
      ] as const) {
        const page = await get(nginx!.origin + pagePath, cookie);
        expect(page.status, who).toBe(200);
        expect(page.headers.get("x-proxy-cache"), `${who}'s page`).toBe("BYPASS");
        const list = await get(nginx!.origin + listPath, cookie);
        expect(list.headers.get("x-proxy-cache"), `${who}'s list`).toBe("BYPASS");
        const both = privateBits(page.text + list.text);
        expect(both, `${who}'s page and list`).toEqual(expected);
      }
    }
    expect(cachedFiles(path.join(nginx!.dir, "cache"))).toEqual([]);
  });

  it("every form of the session cookie bypasses the cache, beside other cookies or alone", async () => {
    const value = learner.slice(learner.indexOf("=") + 1);
    const forms = [
      `authjs.session-token=${value}`,
      `__Secure-authjs.session-token=${value}`,
      `authjs.session-token.0=${value.slice(0, 20)}; authjs.session-token.1=${value.slice(20)}`,
      `__Secure-authjs.session-token.0=${value.slice(0, 20)}`,
      `NEXT_LOCALE=en; authjs.session-token=${value}; jingxuan-tz=UTC`,
    ];
    for (const cookie of forms) {
      for (const p of [pagePath, listPath]) {
        const res = await get(nginx!.origin + p, cookie);
        expect(res.headers.get("x-proxy-cache"), `${p} with ${cookie.slice(0, 40)}`).toBe("BYPASS");
      }
    }
    expect(cachedFiles(path.join(nginx!.dir, "cache"))).toEqual([]);
  });

  it("anonymous answers, fresh or from the cache, and everything nginx stored hold no private bit", async () => {
    const seen = new Set<string>();
    // Visitors and members take turns: each visitor's answer is whatever nginx holds then.
    for (let i = 0; i < 6; i++) {
      for (const p of [pagePath, listPath]) {
        await get(nginx!.origin + p, i % 2 ? learner : instructor);
        const visitor = await get(nginx!.origin + p);
        expect(visitor.status).toBe(200);
        expect(visitor.text).toContain(FEATURED_BODY);
        expect(privateBits(visitor.text), `visitor's ${p}`).toEqual(NONE);
        seen.add(visitor.headers.get("x-proxy-cache") ?? "(none)");
      }
    }
    // A visitor is never bypassed; whether nginx stores the answer is the app's Cache-Control to say.
    expect(seen.has("BYPASS")).toBe(false);
    const stored = cachedFiles(path.join(nginx!.dir, "cache"));
    for (const file of stored) expect(privateBits(readFileSync(file, "latin1")), file).toEqual(NONE);
    // What the app lets shared caches keep, nginx keeps: the featured list, and visitors' pages
    // once they are marked public. (nginx stores nothing whose Vary is over 128 bytes long.)
    const isStored = (p: string) => stored.some((f) => readFileSync(f, "latin1").includes(`|${p}|`));
    expect(isStored(listPath)).toBe(true);
    const page = await get(app.url + pagePath);
    if (/\bpublic\b/.test(page.headers.get("cache-control") ?? "")) expect(isStored(pagePath)).toBe(true);
  });
});
