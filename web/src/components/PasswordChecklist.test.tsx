import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PasswordChecklist } from "./PasswordChecklist";
import { checklist } from "@/lib/password-rules";

describe("the password checklist", () => {
  it("ticks each rule as it is met", () => {
    const { rerender } = render(<PasswordChecklist password="abc" email="julie.b@exemple.fr" />);
    expect(screen.getByText(/Au moins 10 caractères/)).toHaveTextContent("pas encore");
    rerender(<PasswordChecklist password="Chantier@2030" email="julie.b@exemple.fr" />);
    for (const item of screen.getAllByRole("listitem")) expect(item).toHaveTextContent("respectée");
  });

  it("refuses the email's local part, as identity does", () => {
    const failed = checklist("Julie.b@2030!", "julie.b@exemple.fr").filter((c) => !c.met);
    expect(failed.map((c) => c.rule.id)).toEqual(["not_email"]);
  });
});
