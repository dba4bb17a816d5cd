/** Hours as the health page says them: minutes under an hour, days from two days on. */
export function waitText(
  t: (key: "none" | "minutes" | "hours" | "days", values?: Record<string, number>) => string,
  hours: number | null,
) {
  if (hours === null) return t("none");
  if (hours < 1) return t("minutes", { minutes: Math.round(hours * 60) });
  return hours < 48 ? t("hours", { hours }) : t("days", { days: hours / 24 });
}
