import { describe, expect, it } from "vitest";
import { sortMine, type Action } from "./actions";

function action(id: string, alertAt: string, overdue: boolean, status = "open"): Action {
  return { id, alert_at: alertAt, overdue, status } as Action;
}

describe("« Mes actions »", () => {
  it("puts overdue first, then by alert date, each action once, only open ones", () => {
    const late = action("late", "2026-11-01T09:00:00Z", true);
    const soon = action("soon", "2026-12-01T09:00:00Z", false);
    const later = action("later", "2026-12-05T09:00:00Z", false);
    const done = action("done", "2026-10-01T09:00:00Z", true, "completed");
    expect(sortMine([later, soon, late, soon, done]).map((a) => a.id)).toEqual(["late", "soon", "later"]);
  });
});
