// The signed-in session: the access token lives in memory only; the refresh token in
// sessionStorage (this tab, gone with it) until identity's cookie mode carries it instead.
// Silent refresh: a token about to expire is renewed before the call, once for all callers.

export type SessionUser = { id: string; tenantId: string; permissions: string[] };

type Tokens = { access_token: string; expires_in: number; refresh_token?: string | null };

const REFRESH_KEY = "ouvrage.refresh";
const EARLY_MS = 30_000;

let accessToken: string | null = null;
let expiresAt = 0;
let user: SessionUser | null = null;
let refreshing: Promise<string | null> | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentUser(): SessionUser | null {
  return user;
}

export function hasRefreshToken(): boolean {
  return sessionStorage.getItem(REFRESH_KEY) !== null;
}

/** The claims of a JWT (not verified: the services verify; the app only reads who it is). */
export function decodeClaims(token: string): Record<string, unknown> {
  const part = token.split(".")[1] ?? "";
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

export function userOf(token: string): SessionUser {
  const claims = decodeClaims(token);
  const perms = Array.isArray(claims.perms) ? claims.perms.map(String) : [];
  return { id: String(claims.sub ?? ""), tenantId: String(claims.tid ?? ""), permissions: perms };
}

export function signedIn(tokens: Tokens, now = Date.now()): void {
  accessToken = tokens.access_token;
  expiresAt = now + tokens.expires_in * 1000;
  user = userOf(tokens.access_token);
  if (tokens.refresh_token) sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token);
  notify();
}

export function signedOut(): void {
  accessToken = null;
  expiresAt = 0;
  user = null;
  sessionStorage.removeItem(REFRESH_KEY);
  notify();
}

export function takeRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_KEY);
}

async function renew(): Promise<string | null> {
  const refreshToken = takeRefreshToken();
  if (!refreshToken) return null;
  const response = await fetch("/api/identity/auth/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ grant_type: "refresh_token", refresh_token: refreshToken }),
  });
  if (!response.ok) {
    signedOut();
    return null;
  }
  signedIn((await response.json()) as Tokens);
  return accessToken;
}

/** Renew now (one request shared by every caller waiting for it). */
export function refresh(): Promise<string | null> {
  refreshing ??= renew()
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** A token valid for the next call: renewed silently when it is about to expire. */
export async function validAccessToken(now = Date.now()): Promise<string | null> {
  if (accessToken && now < expiresAt - EARLY_MS) return accessToken;
  return refresh();
}
