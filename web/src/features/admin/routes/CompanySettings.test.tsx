import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import type { Tenant } from "../api/settings";
import { CompanySettings } from "./CompanySettings";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

const tenant = {
  id: "t1", version: 2, name: "Bâtiment Test", timezone: "Europe/Paris", sender_email: "contact@old.example",
} satisfies Tenant;

describe("the company's sender address", () => {
  it("says it is saved, although the save bumps the company's version", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const writes: Request[] = [];
    vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
      if (request.method === "PUT") writes.push(request.clone());
      const body = request.method === "PUT"
        ? { ...tenant, version: 3, sender_email: "contact@new.example" }
        : tenant;
      return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter><CompanySettings /></MemoryRouter>
      </QueryClientProvider>,
    );
    const field = await screen.findByRole("textbox", { name: "Adresse d'expédition" });
    fireEvent.change(field, { target: { value: "contact@new.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer l'adresse" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]!.headers.get("If-Match")).toBe('"2"');
    expect(await screen.findByText("Adresse enregistrée.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Diagnostic SPF de new.example" })).toBeInTheDocument();
  });
});
