import { afterEach, describe, expect, it, vi } from "vitest";
import { currentUser, mayResume, refresh, signedIn, signedOut, validAccessToken } from "./session";

function jwt(claims: Record<string, unknown>): string {
  const part = btoa(JSON.stringify(claims)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `h.${part}.s`;
}

afterEach(() => {
  signedOut();
  vi.unstubAllGlobals();
});

describe("session", () => {
  it("reads who is signed in from the token", () => {
    signedIn({ access_token: jwt({ sub: "u1", tid: "t1", perms: ["clients.write"] }), expires_in: 900 });
    expect(currentUser()).toEqual({ id: "u1", tenantId: "t1", permissions: ["clients.write"] });
    expect(mayResume()).toBe(true);
  });

  it("renews a token about to expire once for every caller at the same time", async () => {
    const now = Date.now();
    signedIn({ access_token: jwt({ sub: "u1" }), expires_in: 10 }, now);
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({
      access_token: jwt({ sub: "u1", n: 2 }), expires_in: 900 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const [a, b] = await Promise.all([validAccessToken(now), validAccessToken(now)]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
    // the refresh token is the HttpOnly cookie: the body only asks for the cookie mode
    const init = fetch.mock.calls[0]![1];
    expect(JSON.parse(String(init.body))).toEqual({ grant_type: "refresh_token", refresh_token_delivery: "cookie" });
    expect(new Headers(init.headers).get("X-Ouvrage-CSRF")).toBe("1");
  });

  it("signs out when the refresh token is refused", async () => {
    signedIn({ access_token: jwt({ sub: "u1" }), expires_in: 1 });
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    expect(await refresh()).toBeNull();
    expect(currentUser()).toBeNull();
    expect(mayResume()).toBe(false);
  });
});
