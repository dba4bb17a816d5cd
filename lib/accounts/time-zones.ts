// IANA time zones, as the JavaScript runtime knows them. A saved zone of null means "the
// browser's": the browser reports it in a cookie (components/time-zone-sync.tsx).

/** The cookie in which the browser reports its own time zone. */
export const TIME_ZONE_COOKIE = "jingxuan-tz";
/** Until the browser has said which zone it is in (its first page), dates show in UTC. */
export const FALLBACK_TIME_ZONE = "UTC";

/** True for a zone name Intl accepts, e.g. "Asia/Shanghai" or "UTC". */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type TimeZoneOption = { id: string; offset: string };

/** Every zone the runtime lists, with its offset now ("GMT+8"), for a select. */
export function timeZoneOptions(now = new Date()): TimeZoneOption[] {
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes("UTC")) zones.push("UTC");
  return zones.map((id) => {
    const parts = new Intl.DateTimeFormat("en", { timeZone: id, timeZoneName: "shortOffset" }).formatToParts(now);
    return { id, offset: parts.find((p) => p.type === "timeZoneName")?.value ?? "" };
  });
}
