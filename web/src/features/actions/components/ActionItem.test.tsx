import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import type { Action } from "../api/actions";
import { ActionItem } from "./ActionItem";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

const action = {
  id: "a1", version: 3, client_id: "c1", client_name: "Durand Sophie", client_pending: false,
  action_type_id: "t1", type_name: "A relancer", note: "", alert_at: "2030-06-03T07:30:00Z",
  alert_at_local: "2030-06-03T09:30:00", timezone: "Europe/Paris", assignee_id: null, shared_with: [],
  status: "open", response: null, response_comment: null, cancel_reason: null, needs_reassignment: false,
  due: false, overdue: false, created_by: null, created_at: "", updated_at: "", rule_name: "",
} satisfies Action;

describe("an action", () => {
  it("is rescheduled in the company's local time, sent with its version", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const writes: Request[] = [];
    vi.stubGlobal("fetch", vi.fn(async (request: Request) => {
      if (request.method === "PATCH") writes.push(request.clone());
      const body = request.method === "PATCH" ? { ...action, version: 4 } : { items: [], next_cursor: null };
      return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter><ul><ActionItem action={action} /></ul></MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByText(/3 juin 2030, 09:30/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Reporter" }));
    const field = screen.getByLabelText("Nouvelle date d'alerte");
    expect(field).toHaveValue("2030-06-03T09:30");
    fireEvent.change(field, { target: { value: "2030-07-01T08:00" } });
    fireEvent.click(screen.getByRole("button", { name: "Valider" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]!.headers.get("If-Match")).toBe('"3"');
    expect(await writes[0]!.json()).toEqual({ alert_at: "2030-07-01T08:00:00" });
  });
});
