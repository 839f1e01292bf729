import { ApiError, messageOf } from "@/lib/api/problem";

/** The French message of a failed call (the server's `detail`), never a status code. */
export function ErrorNote({ error }: { error: unknown }) {
  // a 412 has its own dialog (« modifiée par quelqu'un d'autre »), with the reload
  if (!error || (error instanceof ApiError && error.status === 412)) return null;
  return <p role="alert" className="error">{messageOf(error)}</p>;
}
