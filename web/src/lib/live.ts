// Server-sent events through the gateway, kept open: fetch-based SSE
// (@microsoft/fetch-event-source) so the bearer token travels in a header, not in the URL; a
// fresh token at each connection, a renewal on 401, and a growing wait between reconnections.
import { fetchEventSource, type EventSourceMessage } from "@microsoft/fetch-event-source";
import { refresh, validAccessToken } from "./auth/session";

const FIRST_WAIT_MS = 500;
const MAX_WAIT_MS = 15_000;

class Unauthorised extends Error {}

type Options = {
  /** Extra headers of the next connection (e.g. Last-Event-ID). */
  headers?: () => Record<string, string>;
  onMessage: (message: EventSourceMessage) => void;
};

/** Listen to `url` until `signal` aborts, reconnecting whenever the stream ends. */
export async function listenForever(url: string, signal: AbortSignal, options: Options): Promise<void> {
  let wait = FIRST_WAIT_MS;
  async function connectOnce(): Promise<void> {
    const token = await validAccessToken();
    if (!token) throw new Unauthorised();
    await fetchEventSource(url, {
      headers: { Authorization: `Bearer ${token}`, ...options.headers?.() },
      signal, openWhenHidden: true,
      async onopen(response) {
        if (response.status === 401) throw new Unauthorised();
        if (!response.ok) throw new Error(`stream ${response.status}`);
        wait = FIRST_WAIT_MS;
      },
      onmessage: options.onMessage,
      onerror(error) {
        throw error; // reconnection is ours (fresh token), not the library's
      },
    });
  }
  while (!signal.aborted) {
    try {
      await connectOnce();
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof Unauthorised && !(await refresh())) return;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, MAX_WAIT_MS);
  }
}
