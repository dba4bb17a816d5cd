// scripts/edge.mjs: what the HTTP server refuses before routing, and whose word it takes
// for the client's address.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy, refusal, settleForwarding } from "../../scripts/edge.mjs";

/** A request as node:http hands it over: the socket's peer and the headers as sent. */
const request = (peer: string, headers: Record<string, string> = {}) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: { ...headers },
  }) as unknown as IncomingMessage;

describe("refusal", () => {
  it("refuses methods no route answers with 405 and the allowed list", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "get", ""]) {
      expect(refusal({ method, url: "/" })).toMatchObject({
        status: 405,
        code: "method_not_allowed",
        headers: { Allow: expect.stringContaining("GET") },
      });
    }
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
      expect(refusal({ method, url: "/" })).toBeNull();
  });

  it("refuses control characters anywhere in the address, raw or percent-encoded, and paths that do not decode", () => {
    const bad = [
      "/api/articles/a%00b",
      "/courses/a%00b",
      "/api/studio/export?course=%2Fe%00",
      "/x%0d%0aSet-Cookie:%20a=b",
      "/a%7F",
      "/a%1f",
      "/a\u0000b",
      "/?q=%0A",
    ];
    for (const url of bad)
      expect(refusal({ method: "GET", url }), url).toMatchObject({ status: 400, code: "bad_request" });
    for (const url of ["/api/articles/%zz", "/a%C0%AF", "/a%E0%A4", "/%"])
      expect(refusal({ method: "GET", url }), url).toMatchObject({ status: 400 });
    const fine = ["/", "/?q=%zz", "/courses/high-concurrency?x=%20y", "/api/x?q=%E4%B8%AD", "/a%2500", "/%20%7E"];
    for (const url of fine) expect(refusal({ method: "GET", url }), url).toBeNull();
  });
});

describe("the client's address", () => {
  const forged = { "x-forwarded-for": "203.0.113.9, 198.51.100.7" };

  it("is the socket's peer by default, whatever X-Forwarded-For says", () => {
    for (const setting of [undefined, "", "false"]) {
      expect(clientAddress(request("192.0.2.1", forged), parseTrustProxy(setting))).toBe("192.0.2.1");
    }
  });

  it("comes from X-Forwarded-For only as far as the trusted hops reach", () => {
    // Hops are read from the nearest: with one trusted, the hop that proxy saw is the client.
    expect(clientAddress(request("10.0.0.5", forged), parseTrustProxy("1"))).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.5", forged), parseTrustProxy("2"))).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5", forged), parseTrustProxy("10.0.0.0/8"))).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.5", forged), parseTrustProxy("10.0.0.0/8, 198.51.100.7"))).toBe("203.0.113.9");
    // A peer outside the list is the client, however it dresses up.
    expect(clientAddress(request("192.0.2.1", forged), parseTrustProxy("loopback, uniquelocal"))).toBe("192.0.2.1");
  });

  it("writes IPv4-mapped addresses as IPv4", () => {
    expect(clientAddress(request("::ffff:127.0.0.1"), parseTrustProxy(undefined))).toBe("127.0.0.1");
    expect(clientAddress(request("2001:db8::1"), parseTrustProxy(undefined))).toBe("2001:db8::1");
  });

  it("an untrusted peer's forwarding headers do not reach the app", () => {
    const req = request("192.0.2.1", {
      ...forged,
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "1.1.1.1",
      host: "app.example",
    });
    settleForwarding(req, parseTrustProxy(undefined));
    expect(req.headers).toEqual({ "x-forwarded-for": "192.0.2.1", host: "app.example" });
  });

  it("a trusted proxy's Host and scheme are kept", () => {
    const req = request("127.0.0.1", {
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "jingxuan.example",
      "x-forwarded-proto": "https",
      host: "app1:3000",
    });
    settleForwarding(req, parseTrustProxy("loopback"));
    expect(req.headers).toEqual({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "jingxuan.example",
      "x-forwarded-proto": "https",
      host: "app1:3000",
    });
  });
});
