import { MutationCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/problem";

/** The app's query client; `onConflict` runs on any write answered 412 (stale version). */
export function makeQueryClient(onConflict: (client: QueryClient) => void = () => {}): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 412) onConflict(client);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // a refusal will not change by asking again; a network hiccup may
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
