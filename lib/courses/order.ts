import { z } from "@/lib/zod";

// Course order: chapters by position, lessons by position within their chapter (lessons with
// no chapter after every chapter). Positions stay dense, 0..n-1, in each list.

/** A 0-based place in a list; past the end means last. */
export const PositionField = z
  .number({ error: "Give the position as a number." })
  .int({ error: "Give a whole number." })
  .min(0, { error: "Positions start at 0." })
  .max(100_000, { error: "That position is too large." });

/**
 * `list` with `item` placed at `index` (clamped to the list), whether or not it was in the
 * list: `index` counts the other items only. Items are compared by `key` (themselves for ids).
 * The server renumbers with it and the studio's outline shows a move the same way.
 */
export function placeAt<T>(list: readonly T[], item: T, index: number, key: (x: T) => unknown = (x) => x): T[] {
  const rest = list.filter((x) => key(x) !== key(item));
  const at = Math.min(Math.max(index, 0), rest.length);
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
