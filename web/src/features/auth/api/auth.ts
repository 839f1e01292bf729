import { identity, unwrap, ifMatch } from "@/lib/api/client";
import { signedIn, signedOut, takeRefreshToken } from "@/lib/auth/session";

export async function signIn(email: string, password: string): Promise<void> {
  const tokens = await unwrap(
    identity.POST("/auth/token", { body: { grant_type: "password", email, password } }),
  );
  signedIn(tokens);
}

export async function signOut(): Promise<void> {
  const refreshToken = takeRefreshToken();
  signedOut();
  // ends the session server-side too; the screen does not wait for it to succeed
  if (refreshToken) {
    await identity.POST("/auth/revoke", { body: { refresh_token: refreshToken } }).catch(() => {});
  }
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
