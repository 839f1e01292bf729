// The live board: server-sent events from the planning service through the gateway
// (GET /api/planning/planning/stream). Each committed change of the company's planning arrives
// as a `change`; the board re-reads the planning (a burst of changes makes one read). `ready`
// (first event of every connection, reconnections included) re-reads too: what changed while
// the stream was down is seen. No polling.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { listenForever } from "@/lib/live";
import { planningKeys } from "./planning";

const STREAM_URL = "/api/planning/planning/stream";
const GATHER_MS = 150;

export function useBoardStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    void listenForever(STREAM_URL, stop.signal, {
      onMessage(message) {
        if (message.event !== "ready" && message.event !== "change") return;
        clearTimeout(timer);
        timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: planningKeys.all }), GATHER_MS);
      },
    });
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [queryClient]);
}
