import { describe, expect, it } from "vitest";
import { matchRanges } from "./text";

describe("matchRanges", () => {
  it("finds words whatever their accents, case and order", () => {
    const text = "Pavière Robert";
    const ranges = matchRanges(text, "robert paviere");
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Pavière", "Robert"]);
  });

  it("keeps the original characters' positions around accented letters", () => {
    const text = "Élodie Gérant";
    expect(matchRanges(text, "gerant").map((r) => text.slice(r.start, r.end))).toEqual(["Gérant"]);
  });

  it("merges overlapping matches and ignores an empty query", () => {
    expect(matchRanges("Dupont", "dup upo")).toEqual([{ start: 0, end: 4 }]);
    expect(matchRanges("Dupont", "   ")).toEqual([]);
  });
});
