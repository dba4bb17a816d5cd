// HTTP helpers over plain fetch, shared by the reliability and scale tests, the live e2e specs
// and the benchmark: sign-in from a given client address, JSON requests with timeouts, and a
// Server-Sent Events reader. Playwright's own sign-in (page and request contexts) is in e2e/fixtures.ts.

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A client address of its own: per-IP limits then apply per test user, as behind a proxy. */
export const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/**
 * Signs in through next-auth's endpoints, as a browser would, and returns the session cookie
 * (`authjs.session-token=…`). The client address `ip` (X-Forwarded-For) counts only where the
 * server trusts a proxy on loopback; `timeoutMs` bounds each of the two requests.
 */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  { ip = randomIp(), timeoutMs = 10_000 }: { ip?: string; timeoutMs?: number } = {},
): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, {
    headers: { "x-forwarded-for": ip },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return session.split(";")[0]!;
}

/** A JSON request with a timeout; `cookie` signs it in. */
export async function api(
  baseUrl: string,
  path: string,
  init: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...init.headers,
      ...(init.cookie && { cookie: init.cookie }),
      ...(init.body !== undefined && { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return {
    status: res.status,
    headers: res.headers,
    json: json as Record<string, unknown> & { items?: { id: string }[] },
  };
}

export type SseEvent = { id: string | null; event: string; data: string; at: number };

/**
 * Reads a Server-Sent Events stream with fetch. Events (with the time they arrived) collect
 * in `events`; `next` waits for one matching a predicate; `ended` settles when the server
 * closes the stream.
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  status = 0;
  headers: Headers | null = null;
  isEnded = false;
  private readonly controller = new AbortController();
  private waiters: (() => void)[] = [];
  readonly ended: Promise<void>;

  constructor(url: string, headers: Record<string, string> = {}) {
    this.ended = this.read(url, headers).finally(() => {
      this.isEnded = true;
      this.wake();
    });
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async read(url: string, headers: Record<string, string>) {
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: this.controller.signal });
    } catch {
      return;
    }
    this.status = res.status;
    this.headers = res.headers;
    this.wake();
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let id: string | null = null;
          let event = "message";
          const data: string[] = [];
          for (const line of frame.split("\n")) {
            if (line.startsWith("id: ")) id = line.slice(4);
            else if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length === 0) continue; // comments (heartbeats) and retry hints
          this.events.push({ id, event, data: data.join("\n"), at: performance.now() });
          this.wake();
        }
      }
    } catch {
      // aborted by close()
    }
  }

  /** The first event (from index `from`) matching `match`, waiting up to `timeoutMs`. */
  async next(match: (e: SseEvent) => boolean, timeoutMs = 5_000, from = 0): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(match);
      if (found) return found;
      if (this.isEnded)
        throw new Error(`stream ended without the event (have: ${this.events.map((e) => e.event).join(", ")})`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching event within ${timeoutMs} ms (have: ${this.events.map((e) => e.event).join(", ")})`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the server says the stream is subscribed and caught up. */
  ready(timeoutMs = 5_000) {
    return this.next((e) => e.event === "ready", timeoutMs);
  }

  /** The live events (not control events) received so far. */
  get liveEvents() {
    return this.events.filter((e) => e.id !== null);
  }

  close() {
    this.controller.abort();
  }
}

export const json = <T>(e: SseEvent) => JSON.parse(e.data) as T;
