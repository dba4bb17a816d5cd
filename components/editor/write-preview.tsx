"use client";

import { ArticleMarkdown } from "@/components/articles/markdown";
import { card } from "@/components/ui/styles";

// The markdown editors (essays, lessons) write on the left and preview on the right; on
// narrow screens they show one pane at a time.

export type EditorPane = "write" | "preview";

/** The classes that hide a pane on narrow screens while the other one is chosen. */
export const paneVisibility = (pane: EditorPane, of: EditorPane) => (pane === of ? "" : "hidden lg:block");

/** The write/preview switch shown on narrow screens. */
export function PaneToggle({
  pane,
  onChange,
  label,
  paneLabel,
}: {
  pane: EditorPane;
  onChange: (pane: EditorPane) => void;
  label: string;
  paneLabel: (pane: EditorPane) => string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="mt-4 inline-flex rounded-lg border border-line bg-card p-0.5 lg:hidden"
    >
      {(["write", "preview"] as const).map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={pane === p}
          onClick={() => onChange(p)}
          className="rounded-md px-3 py-1 text-sm font-medium text-muted aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
        >
          {paneLabel(p)}
        </button>
      ))}
    </div>
  );
}

/** The preview: the title and the markdown through the article page's renderer. */
export function PreviewCard({
  content,
  untitled,
  empty,
  testId,
}: {
  content: { title: string; body: string };
  untitled: string;
  empty: string;
  testId: string;
}) {
  return (
    <div className={`${card} mt-1 min-h-64 p-5 sm:p-6`} data-testid={testId}>
      <p className="text-2xl font-bold leading-tight tracking-tight text-balance">{content.title.trim() || untitled}</p>
      {content.body.trim() ? (
        <ArticleMarkdown source={content.body} className="mt-4" />
      ) : (
        <p className="mt-4 text-muted">{empty}</p>
      )}
    </div>
  );
}
