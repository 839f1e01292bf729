// One openapi-fetch client per service, typed by the generated documents, all through the
// gateway's same-origin `/api/<service>`; the bearer token is added and renewed here.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as ActionsPaths } from "./generated/actions";
import type { paths as ClientsPaths } from "./generated/clients";
import type { paths as IdentityPaths } from "./generated/identity";
import type { paths as NotifierPaths } from "./generated/notifier";
import type { paths as PlanningPaths } from "./generated/planning";
import { ApiError, asProblem } from "./problem";
import { refresh, validAccessToken } from "../auth/session";

const retryable = new Map<string, Request>();

const auth: Middleware = {
  async onRequest({ request, id }) {
    if (request.url.endsWith("/auth/token")) return request;
    const token = await validAccessToken();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = retryable.get(id);
    retryable.delete(id);
    // a token refused (revoked, keys rotated): renew once and replay the same request
    if (response.status !== 401 || !original) return response;
    const token = await refresh();
    if (!token) return response;
    original.headers.set("Authorization", `Bearer ${token}`);
    return fetch(original);
  },
};

function serviceClient<Paths extends object>(service: string): Client<Paths> {
  // same origin as the page (the gateway); fetch looked up at call time (tests replace it)
  const client = createClient<Paths>({
    baseUrl: `${globalThis.location?.origin ?? ""}/api/${service}`,
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use(auth);
  return client;
}

export const identity = serviceClient<IdentityPaths>("identity");
export const clients = serviceClient<ClientsPaths>("clients");
export const actions = serviceClient<ActionsPaths>("actions");
export const notifier = serviceClient<NotifierPaths>("notifier");
export const planning = serviceClient<PlanningPaths>("planning");

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of a call, or an ApiError carrying the server's French `detail`. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    if (response.ok && response.status === 204) return undefined as T;
    throw new ApiError(response.status, asProblem(error));
  }
  return data;
}

/** `If-Match` for a write on a record seen at `version`. */
export function ifMatch(version: number): { "If-Match": string } {
  return { "If-Match": `"${version}"` };
}

/** A fresh `Idempotency-Key` (hold it for one intended create, so a double click makes one). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
