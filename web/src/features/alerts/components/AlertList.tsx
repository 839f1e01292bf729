import { Link } from "react-router";
import { formatDateTime, formatRelative } from "@/lib/format";
import { useMarkRead, type Alert } from "../api/alerts";

/** The app path an alert's link points to (the notifier names API resources). */
export function appLink(link: string | null): string | null {
  if (!link) return null;
  const client = link.match(/clients\/([0-9a-f-]{36})/);
  if (client) return `/clients/${client[1]}`;
  return link.includes("/actions") ? "/actions" : null;
}

export function AlertList({ items }: { items: Alert[] }) {
  const markRead = useMarkRead();
  if (!items.length) return <p className="muted">Aucune alerte.</p>;
  return (
    <ul className="alerts">
      {items.map((alert) => {
        const to = appLink(alert.link);
        return (
          <li key={alert.id} className={alert.read ? "read" : "unread"}>
            <p><strong>{to ? <Link to={to}>{alert.title}</Link> : alert.title}</strong></p>
            <p>{alert.body}</p>
            <p className="muted">
              <time dateTime={alert.raised_at} title={formatDateTime(alert.raised_at)}>{formatRelative(alert.raised_at)}</time>
              {!alert.read && (
                <button className="linkish" onClick={() => markRead.mutate(alert)} disabled={markRead.isPending}>
                  Marquer comme lue
                </button>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
