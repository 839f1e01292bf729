import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { identity, ifMatch, unwrap } from "@/lib/api/client";
import { directoryKeys, type User } from "@/lib/directory";

export const userKeys = { one: (id: string) => ["users", id] as const };

export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.one(id),
    queryFn: () => unwrap(identity.GET("/users/{user_id}", { params: { path: { user_id: id } } })),
  });
}

/** An administrator sets another user's password (users.manage: no current password). */
export function useSetPassword(user: User | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => {
      if (!user) throw new Error("utilisateur non chargé");
      return unwrap(identity.PUT("/users/{user_id}/password", {
        params: { path: { user_id: user.id }, header: ifMatch(user.version) },
        body: { new_password: password },
      }));
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
