import { describe, expect, it } from "vitest";
import { compareFrench, formatDateTime, formatMoney, formatRelative, sortFrench } from "./format";

describe("French formats", () => {
  it("sorts names the French way (accents and case ignored)", () => {
    expect(sortFrench(["Zoé", "émile", "Eric", "Élise"], (s) => s)).toEqual(["Élise", "émile", "Eric", "Zoé"]);
    expect(compareFrench("Pavière", "paviere")).toBe(0);
  });

  it("writes dates in a time zone and money in euros", () => {
    expect(formatDateTime("2030-06-03T07:30:00Z", "Europe/Paris")).toBe("3 juin 2030, 09:30");
    expect(formatMoney(1234.5).replace(/\s/g, " ")).toBe("1 234,50 €");
  });

  it("says how long ago in French", () => {
    const now = Date.parse("2026-11-29T12:00:00Z");
    expect(formatRelative("2026-11-29T11:55:00Z", now)).toBe("il y a 5 minutes");
    expect(formatRelative("2026-11-30T12:00:00Z", now)).toBe("demain");
  });
});
