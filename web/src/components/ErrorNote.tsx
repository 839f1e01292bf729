import { messageOf } from "@/lib/api/problem";

/** The French message of a failed call (the server's `detail`), never a status code. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return <p role="alert" className="error">{messageOf(error)}</p>;
}
