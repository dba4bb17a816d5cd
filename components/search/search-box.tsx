import { buttonPrimary, field } from "@/components/ui/styles";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/schema";
import { getTranslations } from "next-intl/server";

/**
 * The course's search field: a plain GET form to the search page, so it works before (and
 * without) any script. `q` keeps what was searched.
 */
export async function SearchBox({
  courseSlug,
  q = "",
  autoFocus = false,
}: {
  courseSlug: string;
  q?: string;
  autoFocus?: boolean;
}) {
  const t = await getTranslations("search");
  const inputId = `course-search-${courseSlug}`;
  return (
    <form
      role="search"
      action={`/courses/${courseSlug}/search`}
      method="get"
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-ink">
          {t("label")}
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          defaultValue={q}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          placeholder={t("placeholder")}
          autoComplete="off"
          enterKeyHint="search"
          autoFocus={autoFocus}
          className={field}
        />
      </div>
      <button type="submit" className={buttonPrimary}>
        {t("submit")}
      </button>
    </form>
  );
}
