import { describe, expect, it } from "vitest";
import { daysOf, isoWeek, moveToDay, parseDay, shift, dayKey } from "./timeline";

describe("the board's calendar", () => {
  it("shows Monday to Sunday, or the whole month", () => {
    const week = daysOf(parseDay("2026-12-03"), "week").map(dayKey);
    expect(week).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(daysOf(parseDay("2026-02-14"), "month")).toHaveLength(28);
    expect(dayKey(shift(parseDay("2026-12-31"), "month", 1))).toBe("2027-01-01");
  });

  it("names ISO weeks (the agenda's query)", () => {
    expect(isoWeek(parseDay("2026-12-03"))).toBe("2026-W49");
    expect(isoWeek(parseDay("2027-01-01"))).toBe("2026-W53");
  });

  it("moves an intervention to another day keeping its hours", () => {
    const start = new Date(2026, 11, 1, 8, 0).toISOString();
    const end = new Date(2026, 11, 1, 12, 30).toISOString();
    const moved = moveToDay(start, end, "2026-12-04");
    expect(new Date(moved.starts_at)).toEqual(new Date(2026, 11, 4, 8, 0));
    expect(new Date(moved.ends_at)).toEqual(new Date(2026, 11, 4, 12, 30));
  });
});
