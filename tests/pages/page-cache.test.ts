// scripts/page-cache.mjs in front of a stand-in for Next.js on a real HTTP server: which
// requests share a render, for how long, and what never enters the cache.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache } from "../../scripts/page-cache.mjs";

type Render = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server whose pages are rendered by `render`, counting renders and the nonces they got. */
async function serve(render: Render, options: Parameters<typeof createPageCache>[0] = {}) {
  const cache = createPageCache(options);
  const seen = { renders: 0, nonces: [] as string[] };
  const server = http.createServer((req, res) => {
    void cache.handle(req, res, () => {
      seen.renders += 1;
      seen.nonces.push(String(req.headers["x-render-nonce"] ?? ""));
      return render(req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const res = await fetch(base + path, { method, headers });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
  return { cache, seen, get };
}

/** A page as Next.js sends one: streamed in two chunks, its nonce in the policy and the body. */
const page: Render = (req, res) => {
  const nonce = String(req.headers["x-render-nonce"]);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Vary", "rsc, Accept-Encoding");
  res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}'`);
  res.write(`<html><body>${req.url} ${req.headers["accept-language"] ?? ""}`);
  res.end(`<script nonce="${nonce}">1</script></body></html>`);
};

const slowPage: Render = (req, res) => new Promise((r) => setTimeout(() => r(page(req, res)), 50));
const ARTICLE = "/courses/c/articles/a";
const SIGNED_IN = { cookie: "NEXT_LOCALE=en; authjs.session-token=abc" };

describe("the page cache", () => {
  it("renders a visitor's reader page once and serves the same copy, with the policy of its render", async () => {
    const { seen, get } = await serve(page);
    const first = await get(ARTICLE, { "x-render-nonce": "chosen-by-client" });
    const second = await get(ARTICLE);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(seen.renders).toBe(1);
    const nonce = seen.nonces[0]!;
    expect(nonce).not.toBe("chosen-by-client");
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).toBe(`script-src 'nonce-${nonce}'`);
    expect(second.body).toContain(`nonce="${nonce}"`);
    for (const res of [first, second]) {
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
      expect(res.headers.get("vary")).toBe("rsc, Accept-Encoding, Accept-Language, Cookie");
    }
  });

  it("gives every render its own nonce", async () => {
    const { seen, get } = await serve(page);
    await get("/");
    await get("/courses/c");
    await get(ARTICLE, SIGNED_IN);
    expect(new Set(seen.nonces).size).toBe(3);
  });

  it("renders a signed-in reader's page for them alone: private, never stored, never served from the cache", async () => {
    const { seen, get } = await serve(page);
    await get(ARTICLE); // a visitor's copy exists
    for (const cookie of [
      "authjs.session-token=abc",
      "a=1; __Secure-authjs.session-token=abc",
      "authjs.session-token.0=abc; authjs.session-token.1=def",
    ]) {
      const res = await get(ARTICLE, { cookie });
      expect(res.headers.get("x-page-cache")).toBe("bypass");
      expect(res.headers.get("cache-control")).toBe("private, no-cache");
      expect(res.headers.get("vary")).toContain("Cookie");
    }
    expect(seen.renders).toBe(4);
    const renders = seen.renders;
    expect((await get(ARTICLE)).headers.get("x-page-cache")).toBe("hit"); // the visitor copy, untouched
    expect(seen.renders).toBe(renders);
  });

  it("shares one render among visitors who arrive while it is in progress", async () => {
    const { seen, get } = await serve(slowPage);
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(ARTICLE)));
    expect(seen.renders).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("x-page-cache") === "miss")).toHaveLength(1);
  });

  it("after the fresh moment, one visitor renders the next copy while the others get the last one", async () => {
    let clock = 0;
    const { seen, get } = await serve(slowPage, { freshMs: 2_000, staleMs: 30_000, now: () => clock });
    await get(ARTICLE);
    clock = 2_500;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get(ARTICLE)));
    expect(seen.renders).toBe(2);
    const states = answers.map((a) => a.headers.get("x-page-cache"));
    expect(states.filter((s) => s === "miss")).toHaveLength(1);
    expect(states.filter((s) => s === "stale").length).toBeGreaterThan(0); // those that came during the render
    expect(states.every((s) => s === "miss" || s === "stale" || s === "hit")).toBe(true);
    expect((await get(ARTICLE)).headers.get("x-page-cache")).toBe("hit");
    clock = 2_500 + 2_000 + 30_000; // past stale too: rendered again, nothing older is served
    expect((await get(ARTICLE)).headers.get("x-page-cache")).toBe("miss");
  });

  it("keeps one copy per language, time zone and encoding, and none per other cookie", async () => {
    const { seen, get } = await serve(page);
    await get(ARTICLE, { "accept-language": "zh-CN" });
    await get(ARTICLE, { "accept-language": "en" });
    await get(ARTICLE, { cookie: "NEXT_LOCALE=zh-CN" });
    await get(ARTICLE, { cookie: "jingxuan-tz=Asia/Shanghai" });
    await get(ARTICLE, { "accept-encoding": "gzip" });
    expect(seen.renders).toBe(5);
    const zh = await get(ARTICLE, { "accept-language": "zh-CN" });
    expect(zh.headers.get("x-page-cache")).toBe("hit");
    expect(zh.body).toContain("zh-CN");
    expect((await get(ARTICLE, { cookie: "NEXT_LOCALE=zh-CN; theme=x" })).headers.get("x-page-cache")).toBe("hit");
    expect(seen.renders).toBe(5);
  });

  it("never keeps a page that is not a whole 200 HTML answer without cookies, and drops one that went away", async () => {
    let status = 200;
    let setsCookie = false;
    let clock = 0;
    const { seen, get } = await serve(
      (req, res) => {
        if (setsCookie) res.setHeader("Set-Cookie", "a=b");
        res.statusCode = status;
        page(req, res);
      },
      { now: () => clock },
    );
    await get("/courses/gone");
    status = 404;
    clock = 60_000; // the copy is old: the next visitor renders, and the page is gone
    expect((await get("/courses/gone")).status).toBe(404);
    expect((await get("/courses/gone")).status).toBe(404);
    expect(seen.renders).toBe(3);
    status = 200;
    setsCookie = true;
    await get("/courses/c");
    await get("/courses/c");
    expect(seen.renders).toBe(5);
  });

  it("leaves other requests alone: the API, assets, router data, other pages", async () => {
    const { seen, get } = await serve(page);
    for (const [path, headers] of [
      ["/api/articles/a/comments", {}],
      ["/_next/static/chunks/a.js", {}],
      ["/signin", {}],
      ["/studio", {}],
      [`${ARTICLE}?_rsc=1x2`, {}],
      [ARTICLE, { rsc: "1" }],
      [ARTICLE, { "next-router-prefetch": "1" }],
    ] as const) {
      const res = await get(path, headers);
      expect(res.headers.get("x-page-cache"), path).toBeNull();
      expect(res.headers.get("cache-control"), path).toContain("no-store");
    }
    expect(seen.renders).toBe(7);
  });

  it("empties after a successful write that may change pages, not after likes, comments, curation or failures", async () => {
    let status = 200;
    const { seen, get } = await serve((req, res) => {
      if (req.url?.startsWith("/api/")) {
        res.statusCode = status;
        res.end("{}");
        return;
      }
      page(req, res);
    });
    await get(ARTICLE);
    for (const [method, path] of [
      ["PUT", "/api/comments/x/like"],
      ["DELETE", "/api/comments/x/like"],
      ["POST", "/api/articles/a/comments"],
      ["POST", "/api/comments/x/replies"],
      ["PATCH", "/api/comments/x/curation"],
      ["POST", "/api/auth/callback/credentials"],
    ] as const) {
      await get(path, {}, method);
      expect((await get(ARTICLE)).headers.get("x-page-cache"), path).toBe("hit");
    }
    status = 403;
    await get("/api/articles/a", {}, "PATCH");
    expect((await get(ARTICLE)).headers.get("x-page-cache")).toBe("hit");
    status = 200;
    await get("/api/articles/a", {}, "PATCH");
    expect((await get(ARTICLE)).headers.get("x-page-cache")).toBe("miss");
    expect(seen.renders).toBe(2 + 8);
  });

  it("does not keep a render that began before such a write", async () => {
    let release = () => {};
    const { seen, get } = await serve((req, res) => {
      if (req.url?.startsWith("/api/")) return void res.end("{}");
      return new Promise<void>((r) => (release = () => r(page(req, res))));
    });
    const rendering = get(ARTICLE);
    await new Promise((r) => setTimeout(r, 20));
    await get("/api/courses/c", {}, "PATCH");
    release();
    await rendering;
    const next = get(ARTICLE);
    await new Promise((r) => setTimeout(r, 20));
    release();
    expect((await next).headers.get("x-page-cache")).toBe("miss");
    expect(seen.renders).toBe(3);
  });

  it("answers HEAD from a copy without its body", async () => {
    const { get } = await serve(page);
    const full = await get(ARTICLE);
    const head = await get(ARTICLE, {}, "HEAD");
    expect(head.headers.get("x-page-cache")).toBe("hit");
    expect(head.body).toBe("");
    expect(Number(head.headers.get("content-length"))).toBe(Buffer.byteLength(full.body));
  });

  it("serves nothing from memory when turned off", async () => {
    const { seen, get } = await serve(page, { isEnabled: false });
    await get(ARTICLE);
    const second = await get(ARTICLE);
    expect(second.headers.get("x-page-cache")).toBe("bypass");
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    expect(seen.renders).toBe(2);
  });
});
