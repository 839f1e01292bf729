import { describe, expect, it } from "vitest";
import { ApiError, messageOf } from "./problem";

describe("problem+json", () => {
  it("shows the server's French detail", () => {
    const error = new ApiError(409, { detail: "La gestion commerciale de ce client est bloquée : impayés" });
    expect(messageOf(error)).toBe("La gestion commerciale de ce client est bloquée : impayés");
  });

  it("never shows a raw status code", () => {
    for (const status of [401, 403, 404, 412, 422, 500, 502, 418]) {
      const text = messageOf(new ApiError(status, {}));
      expect(text).not.toMatch(/\d{3}/);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(messageOf(new TypeError("Failed to fetch"))).toContain("injoignable");
  });
});
