// Seeded pseudo-random numbers, so every run sends the same sequence of requests.

/** The next of a fixed sequence of unsigned 32-bit integers (a linear congruential generator). */
export function seededInts(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0);
}

/** The next of a fixed sequence of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  const next = seededInts(seed);
  return () => next() / 4_294_967_296;
}
