import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api/problem";
import { makeQueryClient } from "@/lib/query";
import { ConflictDialog, reportConflict } from "./ConflictDialog";

describe("the « modifié par quelqu'un d'autre » dialog", () => {
  it("opens on a 412 from any write and reloads on demand", async () => {
    render(<ConflictDialog />);
    const reload = vi.fn();
    const client = makeQueryClient(() => reportConflict(reload));
    await act(async () => {
      await client.getMutationCache().build(client, {
        mutationFn: () => Promise.reject(new ApiError(412, { detail: "La fiche a changé." })),
      }).execute(undefined).catch(() => {});
    });
    const dialog = screen.getByRole("dialog", { name: "Fiche modifiée par quelqu'un d'autre" });
    fireEvent.click(screen.getByRole("button", { name: "Recharger la fiche" }));
    expect(reload).toHaveBeenCalledOnce();
    expect(dialog).not.toBeInTheDocument();
  });
});
