import type { CourseRefDTO } from "@/lib/studio/schema";
import Link from "next/link";

/** Links to the same studio page for each course the viewer curates; the chosen one is current. */
export function CoursePicker({
  courses,
  current,
  basePath,
  label,
}: {
  courses: CourseRefDTO[];
  current: string;
  basePath: string;
  label: string;
}) {
  if (courses.length < 2) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {courses.map((c) => (
        <Link
          key={c.id}
          href={`${basePath}?course=${encodeURIComponent(c.slug)}`}
          aria-current={c.slug === current ? "page" : undefined}
          className="rounded-full border border-line bg-card px-3 py-1 text-sm font-medium text-muted transition hover:text-ink aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent-strong"
        >
          {c.title}
        </Link>
      ))}
    </nav>
  );
}
