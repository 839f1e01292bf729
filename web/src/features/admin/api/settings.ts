// The company's settings across services: identity's tenant (sender address), the notifier's
// SPF diagnosis, actions' types and responses, clients' statuses, planning's task catalog.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { actions, identity, ifMatch, newIdempotencyKey, notifier, planning, unwrap } from "@/lib/api/client";
import { directoryKeys } from "@/lib/directory";
import type { components as Identity } from "@/lib/api/generated/identity";

export type Tenant = Identity["schemas"]["TenantPublic"];

export const settingsKeys = {
  spf: (domain: string) => ["sender-domain", domain] as const,
  actionTypes: ["action-types"] as const,
  catalog: ["planning", "catalog"] as const,
};

export function useSaveTenant(tenant: Tenant | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (senderEmail: string) => {
      if (!tenant) throw new Error("société non chargée");
      return unwrap(identity.PUT("/tenant", {
        params: { header: ifMatch(tenant.version) },
        body: { name: tenant.name, timezone: tenant.timezone, sender_email: senderEmail || null },
      }));
    },
    onSuccess: (saved) => queryClient.setQueryData(directoryKeys.tenant, saved),
  });
}

/** The live SPF diagnosis of a sender domain (asked for, never in the background). */
export function useSpf(domain: string) {
  return useQuery({
    queryKey: settingsKeys.spf(domain),
    queryFn: () => unwrap(notifier.GET("/sender-domains/{domain}", { params: { path: { domain } } })),
    enabled: false,
    retry: false,
  });
}

export function useAllActionTypes() {
  return useQuery({
    queryKey: settingsKeys.actionTypes,
    queryFn: () => unwrap(actions.GET("/action-types", { params: { query: { limit: 200 } } })),
  });
}

function useRefreshing<Vars, Out>(key: readonly string[], write: (vars: Vars) => Promise<Out>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export function useDefineActionType() {
  return useRefreshing(settingsKeys.actionTypes, ({ name, responses }: { name: string; responses: string[] }) =>
    unwrap(actions.POST("/action-types", { params: { header: { "Idempotency-Key": newIdempotencyKey() } }, body: { name, responses } })));
}

export function useAddResponse() {
  return useRefreshing(settingsKeys.actionTypes, ({ id, version, response }: { id: string; version: number; response: string }) =>
    unwrap(actions.POST("/action-types/{action_type_id}/responses", {
      params: { path: { action_type_id: id }, header: ifMatch(version) }, body: { response },
    })));
}

export function useCatalog() {
  return useQuery({
    queryKey: settingsKeys.catalog,
    queryFn: () => unwrap(planning.GET("/task-catalog", { params: { query: { limit: 200 } } })),
  });
}

export function useAddCatalogTask() {
  return useRefreshing(settingsKeys.catalog, (name: string) =>
    unwrap(planning.POST("/task-catalog", { params: { header: { "Idempotency-Key": newIdempotencyKey() } }, body: { name } })));
}
