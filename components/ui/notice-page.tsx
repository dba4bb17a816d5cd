import { card } from "@/components/ui/styles";
import Link from "next/link";

/** A page that only says why there is nothing here (not found, not allowed), with a way home. */
export function NoticePage({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <div className={`${card} mx-auto mt-12 max-w-lg p-8 text-center`}>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent-strong underline">
        {back}
      </Link>
    </div>
  );
}
