"use client";

import { CharCount } from "@/components/comments/char-count";
import { PaneToggle, PreviewCard, paneVisibility, type EditorPane } from "@/components/editor/write-preview";
import { SaveIndicator } from "@/components/essays/save-indicator";
import { buttonSecondary, errorText, field, label } from "@/components/ui/styles";
import { LESSON_BODY_MAX_LENGTH, LESSON_TITLE_MAX_LENGTH, type StudioLessonDTO } from "@/lib/lessons/schema";
import { IMAGE_ACCEPT } from "@/lib/uploads/image-types";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useDeferredValue, useId, useRef, useState } from "react";
import { ConflictDialog } from "./conflict-dialog";
import { LessonPublishing, type ChapterChoice, type LessonMeta } from "./lesson-publishing";
import { useImageUploads } from "./use-image-uploads";
import { useLessonAutosave } from "./use-lesson-autosave";

const imagesOf = (files: FileList | null | undefined) => [...(files ?? [])].filter((f) => f.type.startsWith("image/"));

type Props = {
  viewerId: string;
  lesson: StudioLessonDTO;
  chapters: ChapterChoice[];
  unchapteredCount: number;
};

/**
 * The lesson editor: title and markdown with a live preview through the article page's
 * renderer, images by paste, drop or picker, autosave with versions (a 409 offers merge),
 * and the lesson's state and chapter.
 */
export function LessonEditor({ viewerId, lesson, chapters, unchapteredCount }: Props) {
  const t = useTranslations("editor");
  const id = useId();
  const autosave = useLessonAutosave({ viewerId, initial: lesson });
  const { content, setContent, theirs } = autosave;
  const preview = useDeferredValue(content); // typing stays quick in a long lesson
  const [pane, setPane] = useState<EditorPane>("write");
  const [meta, setMeta] = useState<LessonMeta>(lesson);
  const [isConflictHidden, setConflictHidden] = useState(false);
  const [resolved, setResolved] = useState<{ note: string; at: number } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const images = useImageUploads(textarea, autosave);
  const back = `/studio/courses/${lesson.courseSlug}`;
  const signInHref = `/signin?next=${encodeURIComponent(`${back}/lessons/${lesson.id}`)}`;

  return (
    <div>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={back} className="inline-flex items-center gap-1 text-muted hover:text-accent-strong">
          <span aria-hidden="true">←</span> {t("allLessons")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 className="text-xl font-bold tracking-tight">{t("heading")}</h2>
        <SaveIndicator autosave={autosave} signInHref={signInHref} namespace="editor" />
        {theirs && isConflictHidden && (
          <button type="button" className={buttonSecondary} onClick={() => setConflictHidden(false)}>
            {t("conflict.reopen")}
          </button>
        )}
      </header>
      {resolved && !(autosave.status.savedAt && autosave.status.savedAt > resolved.at) && (
        <p role="status" className="mt-3 rounded-lg bg-accent-soft px-3 py-2 text-sm text-accent-strong">
          {resolved.note}
        </p>
      )}
      <PaneToggle pane={pane} onChange={setPane} label={t("paneLabel")} paneLabel={(p) => t(`pane.${p}`)} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className={`min-w-0 space-y-4 ${paneVisibility(pane, "write")}`}>
          <div className="space-y-1">
            <label htmlFor={`${id}-title`} className={label}>
              {t("titleLabel")}
            </label>
            <input
              id={`${id}-title`}
              value={content.title}
              maxLength={LESSON_TITLE_MAX_LENGTH}
              onChange={(e) => setContent({ ...content, title: e.target.value })}
              aria-invalid={content.title.trim() ? undefined : true}
              aria-describedby={content.title.trim() ? undefined : `${id}-title-error`}
              className={field}
              autoComplete="off"
            />
            {!content.title.trim() && (
              <p id={`${id}-title-error`} className={errorText}>
                {t("titleRequired")}
              </p>
            )}
          </div>
          <div className="space-y-1">
            <div className="flex flex-wrap items-end justify-between gap-2">
              <label htmlFor={`${id}-body`} className={label}>
                {t("bodyLabel")}
              </label>
              <button type="button" className={buttonSecondary} onClick={() => picker.current?.click()}>
                {t("upload.pick")}
              </button>
              <input
                ref={picker}
                type="file"
                accept={IMAGE_ACCEPT}
                multiple
                hidden
                aria-hidden="true"
                tabIndex={-1}
                onChange={(e) => {
                  images.upload([...(e.target.files ?? [])]);
                  e.target.value = "";
                }}
              />
            </div>
            <p id={`${id}-hint`} className="text-xs text-muted">
              {t("bodyHint")}
            </p>
            <textarea
              ref={textarea}
              id={`${id}-body`}
              value={content.body}
              rows={18}
              onChange={(e) => setContent({ ...content, body: e.target.value })}
              onPaste={(e) => {
                const files = imagesOf(e.clipboardData.files);
                if (files.length === 0) return; // plain text pastes as usual
                e.preventDefault();
                images.upload(files);
              }}
              onDragOver={(e) => {
                if (e.dataTransfer.types.includes("Files")) e.preventDefault();
              }}
              onDrop={(e) => {
                const files = [...e.dataTransfer.files];
                if (files.length === 0) return;
                e.preventDefault();
                images.upload(files);
              }}
              aria-describedby={`${id}-hint ${id}-count`}
              className={`${field} min-h-64 resize-y font-mono text-[0.9375rem] leading-relaxed lg:min-h-[32rem]`}
            />
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p role="status" className="text-xs text-muted">
                {images.pending > 0 && t("upload.pending", { count: images.pending })}
              </p>
              <CharCount id={`${id}-count`} length={content.body.length} max={LESSON_BODY_MAX_LENGTH} />
            </div>
            {content.body.length > LESSON_BODY_MAX_LENGTH && (
              <p className={errorText}>{t("tooLong", { max: LESSON_BODY_MAX_LENGTH })}</p>
            )}
            {images.error && (
              <p role="alert" className={errorText}>
                {images.error}
              </p>
            )}
          </div>
        </div>
        <section aria-labelledby={`${id}-preview`} className={`min-w-0 ${paneVisibility(pane, "preview")}`}>
          <h3 id={`${id}-preview`} className="text-sm font-medium text-ink">
            {t("preview")}
          </h3>
          <PreviewCard content={preview} untitled={t("untitled")} empty={t("previewEmpty")} testId="lesson-preview" />
        </section>
      </div>
      <div className="mt-6 max-w-2xl">
        <LessonPublishing
          lessonId={lesson.id}
          courseSlug={lesson.courseSlug}
          lessonSlug={lesson.slug}
          meta={meta}
          onMeta={setMeta}
          chapters={chapters}
          unchapteredCount={unchapteredCount}
          flush={() => autosave.save()}
        />
      </div>
      {theirs && (
        <ConflictDialog
          key={theirs.version}
          open={!isConflictHidden}
          onClose={() => setConflictHidden(true)}
          base={autosave.base}
          mine={content}
          theirs={theirs}
          onResolve={(text, how) => {
            autosave.resolve(text);
            setConflictHidden(false);
            setResolved({ note: t(`conflict.resolved.${how}`), at: Date.now() }); // shown until the result is saved
          }}
        />
      )}
    </div>
  );
}
