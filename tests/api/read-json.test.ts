import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { describe, expect, it } from "vitest";
import * as z from "zod";

const request = (body: string) =>
  new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "application/json" }, body });
const anything = z.record(z.string(), z.unknown());

async function refusal(body: string) {
  const err = await readJson(request(body), anything).catch((e: unknown) => e);
  return err instanceof AppError ? err.code : err;
}

describe("readJson", () => {
  it("refuses half of a Unicode character in a value or a key as a 400, not a database error later", async () => {
    expect(await refusal('{"reason":"why \\ud800"}')).toBe("bad_request");
    expect(await refusal('{"nested":{"list":["ok","\\udc00"]}}')).toBe("bad_request");
    expect(await refusal('{"\\ud83d":1}')).toBe("bad_request");
  });

  it("keeps whole characters written as escapes or as bytes", async () => {
    expect(await readJson(request('{"a":"\\ud83d\\ude00","b":"😀 讨论"}'), anything)).toEqual({
      a: "😀",
      b: "😀 讨论",
    });
  });
});
