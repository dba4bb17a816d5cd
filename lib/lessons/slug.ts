/** "Hello, Queues!" → "hello-queues"; null when the title is not plain ASCII (e.g. Chinese). */
export function slugFromTitle(title: string): string | null {
  const plain = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  if (!/^[\x00-\x7f]*$/.test(plain)) return null;
  const slug = plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug || null;
}

/** The first of `base`, `base-2`, `base-3`… (or lesson-n, lesson-n+1… without a base) not in `taken`. */
export function freeSlug(base: string | null, taken: ReadonlySet<string>, lessonCount: number): string {
  if (base) {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
  for (let n = lessonCount + 1; ; n++) if (!taken.has(`lesson-${n}`)) return `lesson-${n}`;
}
