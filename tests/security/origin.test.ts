// lib/origin.ts: the origin the app is served on, and which "next" paths may be followed.
import { publicOrigin, requestHost, sameOriginPath } from "@/lib/origin";
import { describe, expect, it } from "vitest";

const ORIGIN = "http://127.0.0.1:3100";

describe("sameOriginPath", () => {
  it("keeps paths, queries and fragments on this origin", () => {
    expect(sameOriginPath("/courses/high-concurrency?x=1#c", ORIGIN)).toBe("/courses/high-concurrency?x=1#c");
    expect(sameOriginPath("/me", ORIGIN)).toBe("/me");
    expect(sameOriginPath(`${ORIGIN}/studio`, ORIGIN)).toBe("/studio");
    expect(sameOriginPath("/%2F/evil.example", ORIGIN)).toBe("/%2F/evil.example"); // a path, not a host
  });

  it("turns every way out to another origin into /", () => {
    const bypasses = [
      "//evil.example",
      "///evil.example",
      "/\\evil.example/",
      "\\\\evil.example",
      "/\t/evil.example/",
      "/\n/evil.example",
      "\t//evil.example",
      " //evil.example",
      "\u0000//evil.example",
      "/.//evil.example",
      "/..//evil.example",
      `${ORIGIN}//evil.example`,
      "http://evil.example/",
      "https:evil.example",
      "http:/\\evil.example",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "http://127.0.0.1:3101/",
      "https://127.0.0.1:3100/",
      "http://user@evil.example",
    ];
    for (const value of bypasses) {
      const path = sameOriginPath(value, ORIGIN);
      expect(new URL(path, ORIGIN).origin, JSON.stringify(value)).toBe(ORIGIN);
      expect(path.startsWith("//") || path.startsWith("/\\"), JSON.stringify(value)).toBe(false);
    }
    expect(sameOriginPath("//evil.example", ORIGIN)).toBe("/");
    expect(sameOriginPath("/\\evil.example/", ORIGIN)).toBe("/");
  });

  it("treats anything but a string as no path", () => {
    for (const value of [undefined, null, "", ["/a", "/b"], 7]) expect(sameOriginPath(value, ORIGIN)).toBe("/");
  });
});

describe("publicOrigin", () => {
  it("is the origin the request was made to", () => {
    expect(publicOrigin(new Headers({ host: "127.0.0.1:3100" }))).toBe(ORIGIN);
    expect(publicOrigin(new Headers({ host: "localhost:3100" }))).toBe("http://localhost:3100");
    expect(
      publicOrigin(
        new Headers({ host: "app1:3000", "x-forwarded-host": "jingxuan.example", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://jingxuan.example");
  });

  it("refuses a Host that is more than a host", () => {
    for (const host of ["evil.example/path", "a@evil.example", "evil.example?x", "", "a b"]) {
      expect(() => requestHost(new Headers(host ? { host } : {})), host).toThrow(/Host/);
    }
  });
});
