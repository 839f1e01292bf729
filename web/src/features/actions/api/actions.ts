import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { actions, ifMatch, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/generated/actions";

export type Action = components["schemas"]["ActionPublic"];
export type ActionCreate = components["schemas"]["ActionCreate"];

export const actionKeys = {
  all: ["actions"] as const,
  ofClient: (clientId: string) => ["actions", { clientId }] as const,
  mine: ["actions", "mine"] as const,
  types: ["action-types"] as const,
};

// a list showing something another service has not confirmed yet refreshes by itself
const whilePending = (items: Action[] | undefined) =>
  items?.some((a) => a.client_pending) ? 1_500 : false;

export function useClientActions(clientId: string) {
  return useQuery({
    queryKey: actionKeys.ofClient(clientId),
    queryFn: () => unwrap(actions.GET("/actions", { params: { query: { client_id: clientId, limit: 100 } } })),
    refetchInterval: (query) => whilePending(query.state.data?.items),
  });
}

/** Mine: assigned to me or shared with me, open, overdue first then by alert date. */
export function sortMine(items: Action[]): Action[] {
  const unique = new Map(items.map((a) => [a.id, a]));
  return [...unique.values()]
    .filter((a) => a.status === "open")
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.alert_at.localeCompare(b.alert_at));
}

export function useMyActions() {
  return useQuery({
    queryKey: actionKeys.mine,
    queryFn: async () => {
      const [assigned, shared] = await Promise.all([
        unwrap(actions.GET("/actions", { params: { query: { assigned_to: "me", status: "open", limit: 200 } } })),
        unwrap(actions.GET("/actions", { params: { query: { shared_with: "me", status: "open", limit: 200 } } })),
      ]);
      return sortMine([...assigned.items, ...shared.items]);
    },
    refetchInterval: (query) => whilePending(query.state.data) || 30_000,
  });
}

export function useActionTypes() {
  return useQuery({
    queryKey: actionKeys.types,
    queryFn: () => unwrap(actions.GET("/action-types", { params: { query: { limit: 200 } } })),
    staleTime: 60_000,
  });
}

export function useCreateAction(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: ActionCreate; key: string }) =>
      unwrap(actions.POST("/clients/{client_id}/actions", {
        params: { path: { client_id: clientId }, header: { "Idempotency-Key": key } }, body,
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionKeys.all }),
  });
}

type Step =
  | { kind: "assign"; assigneeId: string }
  | { kind: "share"; userIds: string[] }
  | { kind: "answer"; response: string; comment: string }
  | { kind: "complete" }
  | { kind: "cancel"; reason: string };

export function useActionStep(action: Action) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: Step) => {
      const params = { path: { action_id: action.id }, header: ifMatch(action.version) };
      switch (step.kind) {
        case "assign":
          return unwrap(actions.POST("/actions/{action_id}/assign", { params, body: { assignee_id: step.assigneeId } }));
        case "share":
          return unwrap(actions.POST("/actions/{action_id}/share", { params, body: { user_ids: step.userIds } }));
        case "answer":
          return unwrap(actions.POST("/actions/{action_id}/answer", {
            params, body: { response: step.response, comment: step.comment } }));
        case "complete":
          return unwrap(actions.POST("/actions/{action_id}/complete", { params }));
        case "cancel":
          return unwrap(actions.POST("/actions/{action_id}/cancel", { params, body: { reason: step.reason } }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionKeys.all }),
  });
}
