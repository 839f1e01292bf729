import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ifMatch, notifier, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/generated/notifier";

export type Alert = components["schemas"]["AlertPublic"];
export type AlertPage = components["schemas"]["AlertPage"];

export const alertKeys = { all: ["alerts"] as const, list: ["alerts", "list"] as const };

export function useAlerts() {
  return useQuery({
    queryKey: alertKeys.list,
    queryFn: () => unwrap(notifier.GET("/alerts", { params: { query: { limit: 30 } } })),
    staleTime: 60_000,
  });
}

/** A live alert into the cached list (the stream brings it; the list is not fetched again). */
export function addAlert(page: AlertPage | undefined, alert: Alert): AlertPage | undefined {
  if (!page || page.items.some((a) => a.id === alert.id)) return page;
  return { ...page, items: [alert, ...page.items], unread_count: page.unread_count + (alert.read ? 0 : 1) };
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alert: Alert) =>
      unwrap(notifier.POST("/alerts/{alert_id}/read", {
        params: { path: { alert_id: alert.id }, header: ifMatch(alert.version) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
