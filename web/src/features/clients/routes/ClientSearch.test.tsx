import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import { ClientSearch } from "./ClientSearch";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

function card(id: string, name: string, kind = "client") {
  return { id, version: 1, kind, display_name: name, owner_id: null, status: { code: "sav", label: "SAV" },
    contact: { address: { city: "Tours" }, phones: [], emails: [] }, commercial_block: null, trashed: false,
    trashed_at: null, duplicate_of: null, created_at: "", updated_at: "" };
}

function Record() {
  return <p>fiche {useParams().id}</p>;
}

describe("client search", () => {
  it("asks the server from two characters, highlights, and opens a result from the keyboard", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const asked: string[] = [];
    vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
      const q = new URL(request.url).searchParams.get("q") ?? "";
      asked.push(q);
      const items = q ? [card("c1", "Pavière Robert"), card("c2", "Pavie Roberte", "prospect")] : [];
      return new Response(JSON.stringify({ items, next_cursor: null }), { headers: { "Content-Type": "application/json" } });
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={["/clients"]}>
          <Routes>
            <Route path="/clients" element={<ClientSearch />} />
            <Route path="/clients/:id" element={<Record />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const box = screen.getByRole("combobox", { name: "Rechercher un client" });
    fireEvent.change(box, { target: { value: "p" } });
    expect(await screen.findByText("Tapez au moins 2 caractères pour chercher.")).toBeInTheDocument();
    expect(asked).not.toContain("p");

    fireEvent.change(box, { target: { value: "paviere rob" } });
    const options = await screen.findAllByRole("option");
    expect(options).toHaveLength(2);
    expect(options[0]!.querySelector("mark")?.textContent).toBe("Pavière");
    expect(options[0]).toHaveAttribute("aria-selected", "true");

    fireEvent.keyDown(box, { key: "ArrowDown" });
    await waitFor(() => expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true"));
    expect(box).toHaveAttribute("aria-activedescendant", screen.getAllByRole("option")[1]!.id);
    fireEvent.keyDown(box, { key: "Enter" });
    expect(await screen.findByText("fiche c2")).toBeInTheDocument();
  });
});
