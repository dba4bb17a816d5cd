import { analyze } from "@/lib/similarity/analyze";
import { describe, expect, it } from "vitest";
import { isQuestion } from "./question";

const asks = (body: string) => isQuestion(body, analyze(body));

describe("isQuestion", () => {
  it("a question mark in either script asks", () => {
    expect(asks("Redis 挂了怎么办?")).toBe(true);
    expect(asks("分片键选错了？")).toBe(true);
  });

  it("an asking word asks, even without a mark", () => {
    expect(asks("为什么要用一致性哈希")).toBe(true);
    expect(asks("how do you pick a shard key")).toBe(true);
  });

  it("examples and recommendations tell, they do not ask", () => {
    expect(asks("举个例子：秒杀时先扣 Redis 库存。")).toBe(false);
    expect(asks("I recommend reading the chapter on caching first.")).toBe(false);
    expect(asks("谢谢老师，讲得很清楚。")).toBe(false);
  });
});
