import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import { ClientCreate } from "./ClientCreate";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

function created(id: string) {
  return { id, version: 1, kind: "prospect", display_name: "Pavière Robert", contact: {}, owner_id: null,
    status: { code: "prospect", label: "Prospect" }, commercial_block: null, trashed: false, trashed_at: null,
    duplicate_of: null, created_at: "", updated_at: "", probable_duplicates: [] };
}

describe("Nouvelle fiche", () => {
  it("sends one Idempotency-Key for a double submit, and the bearer token", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const requests: Request[] = [];
    vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
      requests.push(request);
      return new Response(JSON.stringify(created("c1")), { status: 201, headers: { "Content-Type": "application/json" } });
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={["/clients/nouveau"]}>
          <Routes>
            <Route path="/clients/nouveau" element={<ClientCreate />} />
            <Route path="/clients/:id" element={<p>fiche ouverte</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText("Nom"), { target: { value: "Pavière" } });
    const form = screen.getByRole("button", { name: "Créer la fiche" }).closest("form")!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await screen.findByText("fiche ouverte");
    const keys = new Set(requests.map((r) => r.headers.get("Idempotency-Key")));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(requests[0]?.headers.get("Authorization")).toBe("Bearer h.eyJzdWIiOiJ1MSJ9.s"));
    expect(await requests[0]!.clone().json()).toMatchObject({ last_name: "Pavière", kind: "prospect" });
  });
});
