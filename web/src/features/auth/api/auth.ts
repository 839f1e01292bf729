import { identity, unwrap, ifMatch } from "@/lib/api/client";
import { CSRF_HEADERS, signedIn, signedOut } from "@/lib/auth/session";

export async function signIn(email: string, password: string): Promise<void> {
  const tokens = await unwrap(
    identity.POST("/auth/token", {
      body: { grant_type: "password", email, password, refresh_token_delivery: "cookie" },
      headers: CSRF_HEADERS,
    }),
  );
  signedIn(tokens);
}

export async function signOut(): Promise<void> {
  signedOut();
  // identity revokes the cookie's session and clears the cookie
  await identity.POST("/auth/revoke", { headers: CSRF_HEADERS }).catch(() => {});
}

export async function changePassword(
  userId: string,
  version: number,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await unwrap(
    identity.PUT("/users/{user_id}/password", {
      params: { path: { user_id: userId }, header: ifMatch(version) },
      body: { current_password: currentPassword, new_password: newPassword },
    }),
  );
}
