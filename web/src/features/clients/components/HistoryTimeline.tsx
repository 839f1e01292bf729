import { ErrorNote } from "@/components/ErrorNote";
import { formatDateTime, formatRelative } from "@/lib/format";
import { useHistory, useUsers } from "../api/clients";

export function HistoryTimeline({ clientId }: { clientId: string }) {
  const history = useHistory(clientId);
  const users = useUsers();
  const nameOf = (id: string | null) =>
    (id && users.data?.items.find((u) => u.id === id)?.name) || "Le système";
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Historique</h2>
      <ErrorNote error={history.error} />
      <ol className="timeline">
        {[...(history.data?.items ?? [])].reverse().map((entry) => (
          <li key={entry.sequence}>
            <time dateTime={entry.at} title={formatDateTime(entry.at)}>{formatRelative(entry.at)}</time>
            <span>{entry.label}</span>
            <span className="muted">{nameOf(entry.actor_id)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
