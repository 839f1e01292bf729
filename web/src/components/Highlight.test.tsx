import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Highlight } from "./Highlight";

describe("Highlight", () => {
  it("marks what the search matched, accents ignored", () => {
    const { container } = render(<Highlight text="Pavière Robert" query="paviere" />);
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Pavière"]);
    expect(container.textContent).toBe("Pavière Robert");
  });
});
