import { AnsweredEntry, QuestionBody } from "@/components/faq/answered-entry";
import { Avatar } from "@/components/ui/avatar";
import type { RecapLessonDTO } from "@/lib/recap/schema";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

const entryCard = "rounded-xl border border-line bg-card p-4 shadow-sm";

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-5">
      <h3 className="text-sm font-semibold uppercase tracking-wider text-muted">{title}</h3>
      <ul className="mt-2 space-y-3">{children}</ul>
    </div>
  );
}

/** One lesson of the recap: its FAQ, top answered comments and unanswered questions, or a locked note. */
export async function RecapLesson({ lesson, origin }: { lesson: RecapLessonDTO; origin: string }) {
  const t = await getTranslations("recap");
  const isEmpty = !lesson.faq.length && !lesson.topAnswered.length && !lesson.unanswered.length;
  return (
    <section aria-labelledby={`lesson-${lesson.id}`} className="border-t border-line pt-6">
      <h2 id={`lesson-${lesson.id}`} className="text-2xl font-bold tracking-tight">
        <a href={lesson.href} data-print-href={`${origin}${lesson.href}`} className="hover:text-accent-strong">
          {lesson.title}
        </a>
      </h2>
      {lesson.locked ? (
        <p className="mt-2 flex items-center gap-2 text-muted">
          <span aria-hidden="true">🔒</span> {t("locked")}
        </p>
      ) : isEmpty ? (
        <p className="mt-2 text-muted">{t("emptyLesson")}</p>
      ) : null}
      {lesson.faq.length > 0 && (
        <Part title={t("faq")}>
          {lesson.faq.map((e) => (
            <li key={e.comment.id} data-entry className={entryCard}>
              <AnsweredEntry entry={e} />
            </li>
          ))}
        </Part>
      )}
      {lesson.topAnswered.length > 0 && (
        <Part title={t("topAnswered")}>
          {lesson.topAnswered.map((e) => (
            <li key={e.comment.id} data-entry className={entryCard}>
              <AnsweredEntry
                entry={e}
                footer={<p className="mt-2 text-xs text-muted">{t("likes", { count: e.comment.likeCount })}</p>}
              />
            </li>
          ))}
        </Part>
      )}
      {lesson.unanswered.length > 0 && (
        <Part title={t("unanswered")}>
          {lesson.unanswered.map((c) => (
            <li key={c.id} data-entry className={`${entryCard} break-inside-avoid`}>
              <p className="mb-1 flex items-center gap-2 text-sm font-semibold">
                <Avatar id={c.author.id} name={c.author.name} url={c.author.avatarUrl} size={24} />
                {c.author.name}
              </p>
              <QuestionBody comment={c} />
            </li>
          ))}
        </Part>
      )}
    </section>
  );
}
