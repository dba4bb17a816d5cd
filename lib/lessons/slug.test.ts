import { describe, expect, it } from "vitest";
import { freeSlug, slugFromTitle } from "./slug";

describe("lesson addresses", () => {
  it.each([
    ["Little's Law, explained!", "little-s-law-explained"],
    ["  Café au lait  ", "cafe-au-lait"],
    ["为什么要学习高并发系统设计", null],
    ["Redis 入门", null],
    ["!!!", null],
  ])("%j → %j", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it("never gives a taken one", () => {
    expect(freeSlug("intro", new Set(["intro", "intro-2"]), 0)).toBe("intro-3");
    expect(freeSlug(null, new Set(["lesson-4"]), 3)).toBe("lesson-5");
    expect(freeSlug(null, new Set(), 3)).toBe("lesson-4");
  });
});
