import { describe, expect, it } from "vitest";
import { placeAt } from "./order";

describe("placeAt", () => {
  it.each([
    [["a", "b", "c"], "c", 0, ["c", "a", "b"]],
    [["a", "b", "c"], "a", 2, ["b", "c", "a"]],
    [["a", "b", "c"], "a", 99, ["b", "c", "a"]],
    [["a", "b", "c"], "b", 1, ["a", "b", "c"]],
    [["a", "b"], "new", 1, ["a", "new", "b"]],
    [[], "new", 5, ["new"]],
  ])("%j, %s → %i gives %j", (ids, id, index, expected) => {
    expect(placeAt(ids, id, index)).toEqual(expected);
  });

  it("places items by key, as the studio's outline shows a move", () => {
    const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const moved = placeAt(items, { id: "a" }, 1, (x) => x.id);
    expect(moved.map((x) => x.id)).toEqual(["b", "a", "c"]);
  });
});
