// The company and its people, which several features show (owners, pickers, names).
import { useQuery } from "@tanstack/react-query";
import { identity, unwrap } from "./api/client";
import type { components } from "./api/generated/identity";

export type User = components["schemas"]["UserPublic"];

export const directoryKeys = { users: ["users"] as const, tenant: ["tenant"] as const };

/** The company's active users, in identity's French name order. */
export function useUsers() {
  return useQuery({
    queryKey: directoryKeys.users,
    queryFn: () => unwrap(identity.GET("/users", { params: { query: { limit: 200, active: true } } })),
    staleTime: 300_000,
  });
}

export function useUserName(): (id: string | null | undefined) => string | undefined {
  const users = useUsers();
  return (id) => users.data?.items.find((u) => u.id === id)?.name;
}

/** The company (its time zone: action alerts are set in it). */
export function useTenant() {
  return useQuery({
    queryKey: directoryKeys.tenant,
    queryFn: () => unwrap(identity.GET("/tenant")),
    staleTime: 300_000,
  });
}
