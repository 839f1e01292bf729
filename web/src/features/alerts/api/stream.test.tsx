import { render, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedIn, signedOut } from "@/lib/auth/session";
import { alertKeys, type AlertPage } from "./alerts";
import { useAlertStream } from "./stream";

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

function sse(text: string): Response {
  return new Response(text, { headers: { "Content-Type": "text/event-stream" } });
}

const alert = (id: string) => JSON.stringify({ id, kind: "action_assigned", title: "Action attribuée : A relancer",
  body: "", link: null, source_event_id: id, raised_at: "2026-11-29T10:00:00Z", read: false, read_at: null, version: 1 });

function Listener() {
  useAlertStream();
  return null;
}

describe("the live alerts", () => {
  it("adds an alert to the bell without a reload, and reconnects with Last-Event-ID and the bearer token", async () => {
    signedIn({ access_token: "h.eyJzdWIiOiJ1MSJ9.s", expires_in: 900 });
    const calls: Headers[] = [];
    vi.stubGlobal("fetch", vi.fn(async (_url: string, init: RequestInit) => {
      calls.push(new Headers(init?.headers));
      if (calls.length === 1) return sse(`event: ready\ndata: {"unread_count": 0}\n\nevent: alert\nid: a1\ndata: ${alert("a1")}\n\n`);
      return new Promise<Response>(() => {}); // the second connection stays open
    }));
    const client = new QueryClient();
    client.setQueryData<AlertPage>(alertKeys.list, { items: [], unread_count: 0, next_cursor: null });
    const { unmount } = render(<QueryClientProvider client={client}><Listener /></QueryClientProvider>);
    await waitFor(() => expect(client.getQueryData<AlertPage>(alertKeys.list)?.unread_count).toBe(1));
    expect(client.getQueryData<AlertPage>(alertKeys.list)?.items.map((a) => a.id)).toEqual(["a1"]);
    // the server closed the stream: the next connection says where it stopped
    await waitFor(() => expect(calls).toHaveLength(2), { timeout: 3000 });
    expect(calls[1]!.get("Last-Event-ID")).toBe("a1");
    expect(calls[1]!.get("Authorization")).toBe("Bearer h.eyJzdWIiOiJ1MSJ9.s");
    unmount();
  });
});
