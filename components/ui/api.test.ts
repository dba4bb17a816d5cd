import { ERROR_STATUS, type ErrorCode } from "@/lib/api-error";
import en from "@/lib/i18n/messages/en/errors.json";
import zh from "@/lib/i18n/messages/zh-CN/errors.json";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiErrorMessage, callApi, describeApiError, type ApiFailure } from "./api";

const CODES = [...(Object.keys(ERROR_STATUS) as ErrorCode[]), "network" as const];
const translator = (messages: typeof en, locale: string) =>
  createTranslator({ locale, messages: { errors: messages }, namespace: "errors.api" });
const fail = (code: ApiFailure["code"], extra: Partial<ApiFailure> = {}): ApiFailure => ({
  ok: false,
  status: code === "network" ? 0 : ERROR_STATUS[code],
  code,
  message: "An English sentence from the server.",
  ...extra,
});
const HAN = /\p{Script=Han}/u;

describe("describeApiError", () => {
  it.each(CODES)("%s has its own sentence in English and Chinese, never the server's", (code) => {
    const [inEnglish, inChinese] = [translator(en, "en"), translator(zh, "zh-CN")].map((t) =>
      describeApiError(t, fail(code)),
    );
    expect(inEnglish).toBe(en.api[apiErrorMessage(fail(code)).key]);
    expect(inChinese).toMatch(HAN);
    expect([inEnglish, inChinese]).not.toContain("An English sentence from the server.");
  });

  it("says how long to wait when a 429 carries Retry-After", () => {
    const t = translator(zh, "zh-CN");
    expect(describeApiError(t, fail("rate_limited", { retryAfter: 30 }))).toBe("请求过于频繁，请在 30 秒后重试。");
    expect(describeApiError(t, fail("rate_limited", { retryAfter: 540 }))).toBe("请求过于频繁，请在 9 分钟后重试。");
    expect(describeApiError(translator(en, "en"), fail("rate_limited", { retryAfter: 61 }))).toBe(
      "Too many requests. Please try again in 2 minutes.",
    );
    expect(describeApiError(t, fail("rate_limited"))).toBe(zh.api.rateLimited);
  });

  it("lets a caller name what a code means in its context", () => {
    const t = translator(zh, "zh-CN");
    expect(describeApiError(t, fail("conflict"), { conflict: "已有账号使用此邮箱。" })).toBe("已有账号使用此邮箱。");
    expect(describeApiError(t, fail("forbidden"), { conflict: "已有账号使用此邮箱。" })).toBe(zh.api.forbidden);
  });
});

describe("callApi", () => {
  afterEach(() => vi.unstubAllGlobals());
  const respond = (body: BodyInit | null, init: ResponseInit) =>
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body, init)),
    );

  it("reads the error body: code, issues and Retry-After", async () => {
    const issues = [{ path: ["words", 0], message: "Too long." }];
    const body = { error: { code: "validation_failed", message: "Some fields are invalid.", issues } };
    respond(JSON.stringify(body), { status: 400, headers: { "content-type": "application/json" } });
    expect(await callApi("/api/x", "PUT", { words: [] })).toEqual({
      ok: false,
      status: 400,
      code: "validation_failed",
      message: "Some fields are invalid.",
      issues,
    });
    respond(JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }), {
      status: 429,
      headers: { "retry-after": "42" },
    });
    expect(await callApi("/api/x", "POST")).toMatchObject({ code: "rate_limited", retryAfter: 42 });
  });

  it("gives a bare status (a proxy's page, an unknown code) the code it stands for", async () => {
    respond("<html>Too Many Requests</html>", { status: 429 });
    expect(await callApi("/api/x")).toMatchObject({ status: 429, code: "rate_limited", message: "" });
    respond(JSON.stringify({ error: { code: "teapot", message: "?" } }), { status: 502 });
    expect(await callApi("/api/x")).toMatchObject({ code: "internal" });
    respond(null, { status: 413 });
    expect(await callApi("/api/x")).toMatchObject({ code: "payload_too_large" });
  });

  it("turns a failed fetch into the network code", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(await callApi("/api/x")).toEqual({ ok: false, status: 0, code: "network", message: "" });
  });

  it("returns the data of a success", async () => {
    respond(JSON.stringify({ words: ["casino"] }), { status: 200 });
    expect(await callApi<{ words: string[] }>("/api/x")).toEqual({
      ok: true,
      status: 200,
      data: { words: ["casino"] },
    });
  });
});
