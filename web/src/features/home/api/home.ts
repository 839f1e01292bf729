// The home page's SAV and services (GET /home, shaped by the caller's preferences), the archived
// ones on request, and the ticket writes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { identity, ifMatch, newIdempotencyKey, planning, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/generated/planning";
import type { components as IdentityTypes } from "@/lib/api/generated/identity";

export type HomeItem = components["schemas"]["HomeItem"];
export type Sav = components["schemas"]["SavPublic"];
export type Preferences = IdentityTypes["schemas"]["PreferencesPublic"];

export const homeKeys = {
  all: ["home"] as const,
  home: ["home", "mine"] as const,
  archived: ["home", "archived"] as const,
  preferences: (userId: string) => ["preferences", userId] as const,
};

export function useHome() {
  return useQuery({
    queryKey: homeKeys.home,
    queryFn: () => unwrap(planning.GET("/home", { params: { query: { limit: 200 } } })),
  });
}

/** « Afficher les archivés » on request, whatever the preference. */
export function useArchived(enabled: boolean) {
  return useQuery({
    queryKey: homeKeys.archived,
    queryFn: async () => {
      const page = await unwrap(planning.GET("/sav", { params: { query: { archived: true, limit: 200 } } }));
      return page.items.filter((t) => t.archived);
    },
    enabled,
  });
}

function useRefreshing<Vars, Out>(write: (vars: Vars) => Promise<Out>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => queryClient.invalidateQueries({ queryKey: homeKeys.all }) });
}

async function current(id: string): Promise<Sav> {
  return unwrap(planning.GET("/sav/{ticket_id}", { params: { path: { ticket_id: id } } }));
}

export function useArchive() {
  return useRefreshing(async (id: string) => {
    const ticket = await current(id);
    return unwrap(planning.POST("/sav/{ticket_id}/archive", { params: { path: { ticket_id: id }, header: ifMatch(ticket.version) } }));
  });
}

export function useObserve() {
  return useRefreshing(async ({ id, text }: { id: string; text: string }) => {
    const ticket = await current(id);
    return unwrap(planning.POST("/sav/{ticket_id}/observations", {
      params: { path: { ticket_id: id }, header: { ...ifMatch(ticket.version), "Idempotency-Key": newIdempotencyKey() } },
      body: { text },
    }));
  });
}

export function useOpenSav(clientId: string) {
  return useRefreshing(({ title, observations, kind, key }: { title: string; observations: string; kind: "sav" | "service"; key: string }) =>
    unwrap(planning.POST("/clients/{client_id}/sav", {
      params: { path: { client_id: clientId }, header: { "Idempotency-Key": key } },
      body: { title, observations, kind },
    })));
}

export function usePreferences(userId: string) {
  return useQuery({
    queryKey: homeKeys.preferences(userId),
    queryFn: () => unwrap(identity.GET("/users/{user_id}/preferences", { params: { path: { user_id: userId } } })),
    enabled: userId !== "",
  });
}

export function useSavePreferences(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ prefs, show_archived_sav, sav_observations_as_tooltips }: { prefs: Preferences; show_archived_sav: boolean; sav_observations_as_tooltips: boolean }) =>
      unwrap(identity.PUT("/users/{user_id}/preferences", {
        params: { path: { user_id: userId }, header: ifMatch(prefs.version) },
        body: { show_archived_sav, sav_observations_as_tooltips, notification_channels: prefs.notification_channels },
      })),
    onSuccess: (saved) => {
      queryClient.setQueryData(homeKeys.preferences(userId), saved);
      return queryClient.invalidateQueries({ queryKey: homeKeys.all });
    },
  });
}
