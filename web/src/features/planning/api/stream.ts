// The live board: server-sent events from the planning service through the gateway
// (GET /api/planning/planning/stream). Each committed change of the company's planning arrives
// as a `change`; the board re-reads the planning (a burst of changes makes one read). `ready`
// (first event of every connection, reconnections included) re-reads too: what changed while
// the stream was down is seen. No polling.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { fetchEventSource } from "@microsoft/fetch-event-source";
import { refresh, validAccessToken } from "@/lib/auth/session";
import { planningKeys } from "./planning";

const STREAM_URL = "/api/planning/planning/stream";
const GATHER_MS = 150;
const MAX_WAIT_MS = 15_000;

class Unauthorised extends Error {}

export function useBoardStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wait = 500;
    const reread = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: planningKeys.all }), GATHER_MS);
    };

    async function connectOnce(): Promise<void> {
      const token = await validAccessToken();
      if (!token) throw new Unauthorised();
      await fetchEventSource(STREAM_URL, {
        headers: { Authorization: `Bearer ${token}` }, signal: stop.signal, openWhenHidden: true,
        async onopen(response) {
          if (response.status === 401) throw new Unauthorised();
          if (!response.ok) throw new Error(`stream ${response.status}`);
          wait = 500;
        },
        onmessage(message) {
          if (message.event === "ready" || message.event === "change") reread();
        },
        onerror(error) {
          throw error; // reconnection is ours (fresh token), not the library's
        },
      });
    }

    async function run(): Promise<void> {
      while (!stop.signal.aborted) {
        try {
          await connectOnce();
        } catch (error) {
          if (stop.signal.aborted) return;
          if (error instanceof Unauthorised && !(await refresh())) return;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, MAX_WAIT_MS);
      }
    }

    void run();
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [queryClient]);
}
