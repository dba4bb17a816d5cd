import { describe, expect, it } from "vitest";
import { dateToZonedInput, zonedInputToDate } from "./zoned-time";

describe("schedule times in the app's time zone", () => {
  it("reads a datetime-local value in Shanghai time", () => {
    expect(zonedInputToDate("2026-12-01T09:30", "Asia/Shanghai")?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(dateToZonedInput(new Date("2026-12-01T01:30:00Z"), "Asia/Shanghai")).toBe("2026-12-01T09:30");
  });

  it("follows daylight saving time where there is one", () => {
    expect(zonedInputToDate("2026-07-01T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedInputToDate("2026-01-01T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-01-01T11:00:00.000Z");
  });

  it("refuses empty and malformed values", () => {
    expect(zonedInputToDate("", "Asia/Shanghai")).toBeNull();
    expect(zonedInputToDate("tomorrow", "Asia/Shanghai")).toBeNull();
  });
});
