// The signed-in session. The access token lives in memory only; the refresh token never reaches
// JavaScript: identity's cookie mode keeps it in an HttpOnly, Secure, SameSite=Strict cookie
// scoped to /api/identity/auth, and every request using it carries the X-Ouvrage-CSRF header.
// Silent refresh: a token about to expire is renewed before the call, once for all callers of
// this tab, and one tab at a time (identity rotates the cookie; a spent one played back by a
// second tab would revoke the whole session).

export type SessionUser = { id: string; tenantId: string; permissions: string[] };

type Tokens = { access_token: string; expires_in: number; refresh_token?: string | null };

// a marker, not a secret: "this browser has a session cookie worth trying after a reload"
const SESSION_MARKER = "ouvrage.session";
export const CSRF_HEADERS = { "X-Ouvrage-CSRF": "1" } as const;
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

export function mayResume(): boolean {
  return localStorage.getItem(SESSION_MARKER) !== null;
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
  localStorage.setItem(SESSION_MARKER, "1");
  notify();
}

export function signedOut(): void {
  accessToken = null;
  expiresAt = 0;
  user = null;
  localStorage.removeItem(SESSION_MARKER);
  notify();
}

async function renew(): Promise<string | null> {
  const response = await fetch("/api/identity/auth/token", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", ...CSRF_HEADERS },
    body: JSON.stringify({ grant_type: "refresh_token", refresh_token_delivery: "cookie" }),
  });
  if (!response.ok) {
    signedOut();
    return null;
  }
  signedIn((await response.json()) as Tokens);
  return accessToken;
}

/** One tab at a time (Web Locks), where the browser has them. */
async function oneTabAtATime(task: () => Promise<string | null>): Promise<string | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return await locks.request("ouvrage-refresh", task);
}

/** Renew now (one request shared by every caller waiting for it). */
export function refresh(): Promise<string | null> {
  refreshing ??= oneTabAtATime(renew)
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
