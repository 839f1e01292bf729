import { cleanup, render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import type { Client } from "../api/clients";
import { ContactCard } from "./ContactCard";

afterEach(() => {
  cleanup();
  signedOut();
  vi.unstubAllGlobals();
});

function client(marks: Client["undeliverable_emails"]): Client {
  return { id: "c1", version: 3, kind: "client", display_name: "Roux Jean", owner_id: null,
    contact: { last_name: "Roux", emails: ["Jean.Roux@destinataire.example", "autre@exemple.fr"] },
    status: { code: "client", label: "Client" }, commercial_block: null, trashed: false,
    trashed_at: null, duplicate_of: null, created_at: "", updated_at: "", undeliverable_emails: marks } as Client;
}

// jsdom has no ResizeObserver; the card's dialogs (Radix) ask for one.
class NoResize { observe() {} unobserve() {} disconnect() {} }

function renderCard(record: Client) {
  vi.stubGlobal("ResizeObserver", NoResize);
  signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
  vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
    const body = request.url.endsWith("/statuses") ? [] : { items: [] };
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  }));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter><ContactCard client={record} /></MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("Fiche contact : « Mon email revient not delivery »", () => {
  it("marks the address that bounced, with the server's answer", () => {
    renderCard(client([{ address: "jean.roux@destinataire.example", status: "5.1.1",
      diagnostic: "550 5.1.1 User unknown", bounced_at: "2026-11-30T01:00:00Z" }]));
    const mark = screen.getByText("Adresse non distribuable (5.1.1)");
    expect(mark.getAttribute("title")).toBe("550 5.1.1 User unknown");
    expect(screen.getAllByText(/Adresse non distribuable/)).toHaveLength(1);
  });

  it("shows no mark once the address was corrected", () => {
    renderCard(client([]));
    expect(screen.queryByText(/Adresse non distribuable/)).toBeNull();
  });
});
