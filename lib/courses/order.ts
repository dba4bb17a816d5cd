import * as z from "zod";

// Course order: chapters by position, lessons by position within their chapter (lessons with
// no chapter after every chapter). Positions stay dense, 0..n-1, in each list.

/** A 0-based place in a list; past the end means last. */
export const PositionField = z
  .number({ error: "Give the position as a number." })
  .int({ error: "Give a whole number." })
  .min(0, { error: "Positions start at 0." })
  .max(100_000, { error: "That position is too large." });

/** `ids` with `id` placed at `index` (clamped to the list), whether or not it was in the list. */
export function placeAt(ids: readonly string[], id: string, index: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.min(Math.max(index, 0), rest.length);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
