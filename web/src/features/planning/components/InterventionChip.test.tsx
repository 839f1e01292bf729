import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextState, type Intervention } from "../api/planning";
import { InterventionChip } from "./InterventionChip";

const item = {
  id: "i1", worksite_id: "w1", worksite_title: "Chantier Durand", label: "Pose fenêtres",
  starts_at: "2030-06-03T06:00:00Z", ends_at: "2030-06-03T10:00:00Z",
  operators: [{ id: "u1", name: "Pierre Roux" }], state: "planifie",
  dot: { state: "planifie", colour: "orange", label: "Planifié" }, locked: false, version: 4,
} satisfies Intervention;

afterEach(cleanup);

describe("an intervention on the board", () => {
  it("cycles its dot in one click: à faire, planifié, fait", () => {
    expect([nextState("a_faire"), nextState("planifie"), nextState("fait")]).toEqual(["planifie", "fait", "a_faire"]);
    const onDot = vi.fn();
    render(<InterventionChip item={item} onDot={onDot} onLock={vi.fn()} onOpen={vi.fn()} />);
    fireEvent.click(screen.getByRole("button", { name: "Pose fenêtres : Planifié. Passer à « Fait »" }));
    expect(onDot).toHaveBeenCalledWith(item);
  });

  it("shows its padlock as a toggle, and its operators", () => {
    const onLock = vi.fn();
    render(<InterventionChip item={{ ...item, locked: true }} onDot={vi.fn()} onLock={onLock} onOpen={vi.fn()} />);
    const padlock = screen.getByRole("button", { name: "Déverrouiller Pose fenêtres" });
    expect(padlock).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(padlock);
    expect(onLock).toHaveBeenCalledOnce();
    expect(screen.getByRole("button", { name: /Pierre Roux/ })).toBeInTheDocument();
  });
});
