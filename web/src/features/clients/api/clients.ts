import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { clients, ifMatch, unwrap } from "@/lib/api/client";
export { useUsers } from "@/lib/directory";
import type { components } from "@/lib/api/generated/clients";

export type Client = components["schemas"]["ClientPublic"];
export type ClientCreate = components["schemas"]["ClientCreate"];
export type ClientCreated = components["schemas"]["ClientCreated"];
export type ContactPatch = components["schemas"]["ContactPatch"];

export const clientKeys = {
  all: ["clients"] as const,
  search: (q: string, trash: boolean, kind?: Kind) => ["clients", "search", { q, trash, kind }] as const,
  one: (id: string) => ["clients", id] as const,
  history: (id: string) => ["clients", id, "history"] as const,
  duplicates: (id: string) => ["clients", id, "duplicates"] as const,
  statuses: ["statuses"] as const,
};

/** The « bulles » Client / Prospect: one of them alone filters on the server. */
export type Kind = "client" | "prospect";

export function useClientSearch(q: string, trash: boolean, kind?: Kind) {
  return useQuery({
    queryKey: clientKeys.search(q, trash, kind),
    queryFn: ({ signal }) =>
      unwrap(clients.GET("/clients", { params: { query: { q: q || undefined, trash, kind, limit: 30 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 2_000,
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: clientKeys.one(id),
    queryFn: () => unwrap(clients.GET("/clients/{client_id}", { params: { path: { client_id: id } } })),
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: clientKeys.history(id),
    queryFn: () =>
      unwrap(clients.GET("/clients/{client_id}/history", { params: { path: { client_id: id }, query: { limit: 100 } } })),
  });
}

export function useDuplicates(id: string) {
  return useQuery({
    queryKey: clientKeys.duplicates(id),
    queryFn: () =>
      unwrap(clients.GET("/clients/{client_id}/duplicates", { params: { path: { client_id: id } } })),
  });
}

export function useStatuses() {
  return useQuery({
    queryKey: clientKeys.statuses,
    queryFn: () => unwrap(clients.GET("/statuses")),
    staleTime: 300_000,
  });
}

export type Status = components["schemas"]["StatusPublic"];

/** « Paramètres → Statuts »: whether a status puts the client on the planning, ends the site. */
export function useConfigureStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: Pick<Status, "code" | "on_planning" | "ends_worksite">) =>
      unwrap(clients.PATCH("/statuses/{code}", {
        params: { path: { code: status.code } },
        body: { on_planning: status.on_planning ?? false, ends_worksite: status.ends_worksite ?? false },
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.statuses }),
  });
}

export function createClient(body: ClientCreate, idempotencyKey: string) {
  return unwrap(clients.POST("/clients", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }));
}

type Change =
  | { kind: "status"; status: string }
  | { kind: "block"; reason: string }
  | { kind: "unblock" }
  | { kind: "trash"; duplicateOf: string | null }
  | { kind: "restore" }
  | { kind: "convert" }
  | { kind: "owner"; ownerId: string | null }
  | { kind: "contact"; patch: ContactPatch };

function send(client: Client, change: Change) {
  const params = { path: { client_id: client.id }, header: ifMatch(client.version) };
  switch (change.kind) {
    case "status":
      return unwrap(clients.PUT("/clients/{client_id}/status", { params, body: { status: change.status } }));
    case "block":
      return unwrap(clients.PUT("/clients/{client_id}/commercial-block", { params, body: { reason: change.reason } }));
    case "unblock":
      return unwrap(clients.DELETE("/clients/{client_id}/commercial-block", { params }));
    case "trash":
      return unwrap(clients.POST("/clients/{client_id}/trash", { params, body: { duplicate_of: change.duplicateOf } }));
    case "restore":
      return unwrap(clients.POST("/clients/{client_id}/restore", { params }));
    case "convert":
      return unwrap(clients.POST("/clients/{client_id}/convert", { params }));
    case "contact":
      return unwrap(clients.PATCH("/clients/{client_id}/contact", { params, body: change.patch }));
    case "owner":
      return unwrap(clients.PUT("/clients/{client_id}/owner", { params, body: { owner_id: change.ownerId } }));
  }
}

/** Every change of a record (sent with `If-Match` its version); the record and lists refresh. */
export function useChangeClient(client: Client | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) => {
      if (!client) throw new Error("fiche non chargée");
      return send(client, change);
    },
    onSuccess: async (updated) => {
      if (updated) queryClient.setQueryData(clientKeys.one(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: clientKeys.all });
    },
  });
}
