import type { Client } from "../api/clients";

export function ClientBadges({ client }: { client: Client }) {
  return (
    <span className="badges">
      <span className={`badge kind-${client.kind}`}>{client.kind === "client" ? "Client" : "Prospect"}</span>
      {client.status.code !== client.kind && <span className="badge">{client.status.label}</span>}
      {client.commercial_block && <span className="badge danger">Bloqué</span>}
      {client.trashed && <span className="badge muted">Corbeille</span>}
    </span>
  );
}
