import { getTranslations } from "next-intl/server";

const bar = "rounded bg-line/70";

/** The reading column's outline while the article loads. */
export default async function ArticleLoading() {
  const t = await getTranslations("article");
  return (
    <div className="mx-auto w-full max-w-[720px] animate-pulse" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className={`${bar} h-4 w-40`} />
      <div className={`${bar} mt-8 h-9 w-4/5`} />
      <div className="mt-5 flex items-center gap-3">
        <div className="size-8 rounded-full bg-line/70" />
        <div className={`${bar} h-4 w-48`} />
      </div>
      <div className="mt-10 space-y-3">
        {["w-full", "w-11/12", "w-full", "w-3/4", "w-full", "w-5/6"].map((width, i) => (
          <div key={i} className={`${bar} h-4 ${width}`} />
        ))}
      </div>
    </div>
  );
}
