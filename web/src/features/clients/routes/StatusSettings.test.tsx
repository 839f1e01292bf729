import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import { StatusSettings } from "./StatusSettings";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

const status = (code: string, label: string, rules: Record<string, boolean> = {}) =>
  ({ code, label, default: true, on_planning: false, ends_worksite: false, trash: false, ...rules });

describe("status settings", () => {
  it("shows what each status does on the planning and changes it", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const sent: unknown[] = [];
    vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
      if (request.method === "PATCH") {
        sent.push({ path: new URL(request.url).pathname, body: await request.json() });
        return new Response(JSON.stringify(status("sav", "SAV", { on_planning: true })), { headers: { "Content-Type": "application/json" } });
      }
      const list = [status("en_cours_de_chantier", "En cours de chantier", { on_planning: true }),
        status("chantier_termine", "Chantier terminé", { ends_worksite: true }), status("sav", "SAV"),
        status("corbeille", "Corbeille", { trash: true })];
      return new Response(JSON.stringify(list), { headers: { "Content-Type": "application/json" } });
    }));
    render(<QueryClientProvider client={new QueryClient()}><StatusSettings /></QueryClientProvider>);

    expect(await screen.findByRole("checkbox", { name: "En cours de chantier : met sur le planning" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Chantier terminé : termine le chantier" })).toBeChecked();
    expect(screen.queryByRole("checkbox", { name: /Corbeille/ })).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "SAV : met sur le planning" }));
    await waitFor(() => expect(sent).toEqual([
      { path: "/api/clients/statuses/sav", body: { on_planning: true, ends_worksite: false } },
    ]));
  });
});
