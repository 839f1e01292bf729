import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { identity, ifMatch, newIdempotencyKey, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/generated/identity";
import { directoryKeys, type User } from "@/lib/directory";

export type UserCreate = components["schemas"]["UserCreate"];

export const userKeys = {
  one: (id: string) => ["users", id] as const,
  permissions: ["permissions"] as const,
};

export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.one(id),
    queryFn: () => unwrap(identity.GET("/users/{user_id}", { params: { path: { user_id: id } } })),
  });
}

/** The permissions a user can be given, with their French labels (from identity). */
export function usePermissions() {
  return useQuery({
    queryKey: userKeys.permissions,
    queryFn: () => unwrap(identity.GET("/permissions")),
    staleTime: 3_600_000,
  });
}

function useUserWrite<Vars>(write: (user: User, vars: Vars) => Promise<User>, user: User | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => {
      if (!user) throw new Error("utilisateur non chargé");
      return write(user, vars);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(userKeys.one(updated.id), updated);
      return queryClient.invalidateQueries({ queryKey: directoryKeys.users });
    },
  });
}

export type ProfileChange = {
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  email_signature: string;
};

/** Name, email, phone and the signature that ends the emails sent on the user's behalf. */
export function useChangeProfile(user: User | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ProfileChange) => {
      if (!user) throw new Error("utilisateur non chargé");
      return unwrap(identity.PATCH("/users/{user_id}", {
        params: { path: { user_id: user.id }, header: ifMatch(user.version) },
        body: change,
      }));
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(userKeys.one(updated.id), updated);
      return queryClient.invalidateQueries({ queryKey: directoryKeys.users });
    },
  });
}

/** An administrator sets another user's password (users.manage: no current password). */
export function useSetPassword(user: User | undefined) {
  return useUserWrite((u, password: string) => unwrap(identity.PUT("/users/{user_id}/password", {
    params: { path: { user_id: u.id }, header: ifMatch(u.version) },
    body: { new_password: password },
  })), user);
}

export function useSetPermissions(user: User | undefined) {
  return useUserWrite((u, body: { is_admin: boolean; permissions: string[] }) => unwrap(identity.PUT("/users/{user_id}/permissions", {
    params: { path: { user_id: u.id }, header: ifMatch(u.version) }, body,
  })), user);
}

export function useSetOperator(user: User | undefined) {
  return useUserWrite((u, isOperator: boolean) => unwrap(identity.PUT("/users/{user_id}/operator", {
    params: { path: { user_id: u.id }, header: ifMatch(u.version) }, body: { is_operator: isOperator },
  })), user);
}

export function useDeactivate(user: User | undefined) {
  return useUserWrite((u, _: void) => unwrap(identity.POST("/users/{user_id}/deactivate", {
    params: { path: { user_id: u.id }, header: ifMatch(u.version) },
  })), user);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: UserCreate; key: string }) =>
      unwrap(identity.POST("/users", { params: { header: { "Idempotency-Key": key } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.users }),
  });
}

export { newIdempotencyKey };
