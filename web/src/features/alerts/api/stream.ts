// The live alerts: server-sent events from the notifier through the gateway. Each reconnection
// sends Last-Event-ID, and the notifier replays what was missed meanwhile.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { listenForever } from "@/lib/live";
import { addAlert, alertKeys, type Alert, type AlertPage } from "./alerts";

const STREAM_URL = "/api/notifier/alerts/stream";

export function useAlertStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    let lastEventId: string | null = null;
    void listenForever(STREAM_URL, stop.signal, {
      headers: (): Record<string, string> => (lastEventId ? { "Last-Event-ID": lastEventId } : {}),
      onMessage(message) {
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
    });
    return () => stop.abort();
  }, [queryClient]);
}
