// The live alerts: server-sent events from the notifier through the gateway. fetch-based SSE
// (@microsoft/fetch-event-source) so the bearer token travels in a header, not in the URL;
// each reconnection sends Last-Event-ID, and the notifier replays what was missed meanwhile.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { fetchEventSource } from "@microsoft/fetch-event-source";
import { refresh, validAccessToken } from "@/lib/auth/session";
import { addAlert, alertKeys, type Alert, type AlertPage } from "./alerts";

const STREAM_URL = "/api/notifier/alerts/stream";
const MAX_WAIT_MS = 15_000;

class Unauthorised extends Error {}

export function useAlertStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    let lastEventId: string | null = null;
    let wait = 500;

    async function connectOnce(): Promise<void> {
      const token = await validAccessToken();
      if (!token) throw new Unauthorised();
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      if (lastEventId) headers["Last-Event-ID"] = lastEventId;
      await fetchEventSource(STREAM_URL, {
        headers, signal: stop.signal, openWhenHidden: true,
        async onopen(response) {
          if (response.status === 401) throw new Unauthorised();
          if (!response.ok) throw new Error(`stream ${response.status}`);
          wait = 500;
        },
        onmessage(message) {
          if (message.id) lastEventId = message.id;
          if (message.event === "ready") {
            void queryClient.invalidateQueries({ queryKey: alertKeys.all });
          } else if (message.event === "alert") {
            const alert = JSON.parse(message.data) as Alert;
            queryClient.setQueryData<AlertPage>(alertKeys.list, (page) => addAlert(page, alert));
            // an alert often means an action for me changed: the lists refresh themselves
            void queryClient.invalidateQueries({ queryKey: ["actions"] });
          }
        },
        onerror(error) {
          throw error; // reconnection is ours (fresh token, Last-Event-ID), not the library's
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
    return () => stop.abort();
  }, [queryClient]);
}
