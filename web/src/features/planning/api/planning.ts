// The planning's server state: the board (every page of GET /planning for the period shown),
// the catalog, the agenda, and the writes on worksites and interventions.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ifMatch, newIdempotencyKey, planning, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/generated/planning";

export type Worksite = components["schemas"]["WorksitePublic"];
export type Intervention = components["schemas"]["InterventionPublic"];
export type InterventionState = Intervention["state"];
export type CatalogTask = components["schemas"]["CatalogTaskPublic"];
export type Slot = { starts_at: string; ends_at: string };

export const planningKeys = {
  all: ["planning"] as const,
  board: (from: string, to: string) => ["planning", "board", from, to] as const,
  ofClient: (clientId: string) => ["planning", "client", clientId] as const,
  agenda: (userId: string, week: string) => ["planning", "agenda", userId, week] as const,
  catalog: ["planning", "catalog"] as const,
};

/** The dot's next state in one click: à faire → planifié → fait → à faire. */
export function nextState(state: InterventionState): InterventionState {
  return state === "a_faire" ? "planifie" : state === "planifie" ? "fait" : "a_faire";
}

async function allWorksites(query: { from?: string; to?: string; client_id?: string }): Promise<Worksite[]> {
  const items: Worksite[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(planning.GET("/planning", { params: { query: { ...query, limit: 200, cursor } } }));
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

export function useBoard(from: string, to: string) {
  return useQuery({
    queryKey: planningKeys.board(from, to),
    queryFn: () => allWorksites({ from, to }),
    placeholderData: (previous) => previous,
  });
}

export function useClientWorksites(clientId: string) {
  return useQuery({
    queryKey: planningKeys.ofClient(clientId),
    queryFn: () => allWorksites({ client_id: clientId }),
  });
}

export function useAgenda(userId: string, week: string) {
  return useQuery({
    queryKey: planningKeys.agenda(userId, week),
    queryFn: () => unwrap(planning.GET("/operators/{user_id}/agenda", { params: { path: { user_id: userId }, query: { week } } })),
    enabled: userId !== "",
  });
}

export function useCatalog() {
  return useQuery({
    queryKey: planningKeys.catalog,
    queryFn: () => unwrap(planning.GET("/task-catalog", { params: { query: { limit: 200 } } })),
    staleTime: 60_000,
  });
}

function useRefreshing<Vars, Out>(write: (vars: Vars) => Promise<Out>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: planningKeys.all }),
  });
}

/** Move an intervention (slot and/or operators): refused with a French detail while locked. */
export function useMoveIntervention() {
  return useRefreshing(({ item, slot, operatorIds }: { item: Intervention; slot?: Slot; operatorIds?: string[] }) =>
    unwrap(planning.PATCH("/interventions/{intervention_id}", {
      params: { path: { intervention_id: item.id }, header: ifMatch(item.version) },
      body: { ...slot, operator_ids: operatorIds },
    })));
}

export function useSetState() {
  return useRefreshing(({ item, state }: { item: Intervention; state: InterventionState }) =>
    unwrap(planning.PUT("/interventions/{intervention_id}/state", {
      params: { path: { intervention_id: item.id }, header: ifMatch(item.version) },
      body: { state },
    })));
}

export function useToggleLock() {
  return useRefreshing(({ item }: { item: Intervention }) => {
    const params = { path: { intervention_id: item.id }, header: ifMatch(item.version) };
    return unwrap(item.locked
      ? planning.DELETE("/interventions/{intervention_id}/lock", { params })
      : planning.POST("/interventions/{intervention_id}/lock", { params }));
  });
}

export function useAddTask() {
  return useRefreshing(({ site, taskId }: { site: Worksite; taskId: string }) =>
    unwrap(planning.POST("/worksites/{worksite_id}/tasks", {
      params: { path: { worksite_id: site.id }, header: { ...ifMatch(site.version), "Idempotency-Key": newIdempotencyKey() } },
      body: { catalog_task_id: taskId },
    })));
}

export function usePlanIntervention() {
  return useRefreshing(({ site, slot, label, operatorIds, key }: { site: Worksite; slot: Slot; label: string; operatorIds: string[]; key: string }) =>
    unwrap(planning.POST("/worksites/{worksite_id}/interventions", {
      params: { path: { worksite_id: site.id }, header: { "Idempotency-Key": key } },
      body: { ...slot, label, operator_ids: operatorIds },
    })));
}

export function useSetStartDate() {
  return useRefreshing(({ site, startDate, provisional }: { site: Worksite; startDate: string; provisional: boolean }) =>
    unwrap(planning.PUT("/worksites/{worksite_id}/start-date", {
      params: { path: { worksite_id: site.id }, header: ifMatch(site.version) },
      body: { start_date: startDate, provisional },
    })));
}

export function useSendSheet() {
  return useMutation({
    mutationFn: ({ site, userId }: { site: Worksite; userId: string }) =>
      unwrap(planning.POST("/worksites/{worksite_id}/sheet/send", {
        params: { path: { worksite_id: site.id }, header: { "Idempotency-Key": newIdempotencyKey() } },
        body: { user_id: userId },
      })),
  });
}

/** The site sheet PDF, fetched with the session's token and opened in a new tab. */
export async function openSheet(site: Worksite): Promise<void> {
  const tab = window.open("", "_blank");
  const { data, response } = await planning.GET("/worksites/{worksite_id}/sheet.pdf", {
    params: { path: { worksite_id: site.id } }, parseAs: "blob",
  });
  if (!response.ok || !data) {
    tab?.close();
    throw new Error("La fiche chantier n'a pas pu être produite.");
  }
  const url = URL.createObjectURL(new Blob([data], { type: "application/pdf" }));
  if (tab) tab.location.href = url;
  else window.location.assign(url);
}
