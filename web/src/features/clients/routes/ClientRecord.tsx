import type { ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { useClient, useUsers, type Client } from "../api/clients";
import { ClientBadges } from "../components/ClientBadges";
import { BlockBanner } from "../components/CommercialBlock";
import { ContactCard, TrashControls } from "../components/ContactCard";
import { Duplicates } from "../components/Duplicates";
import { HistoryTimeline } from "../components/HistoryTimeline";

/** A client's record; `actions` is the actions panel the app composes in (another feature). */
export function ClientRecord({ actions }: { actions?: (client: Client) => ReactNode }) {
  const { clientId = "" } = useParams();
  const location = useLocation();
  const justCreated = typeof (location.state as { created?: number } | null)?.created === "number";
  const record = useClient(clientId);
  const users = useUsers();
  const client = record.data;
  if (record.error) return <section className="page"><ErrorNote error={record.error} /></section>;
  if (!client) return <section className="page"><p role="status">Chargement de la fiche…</p></section>;
  const owner = users.data?.items.find((u) => u.id === client.owner_id);
  return (
    <section className="page" aria-labelledby="record-title">
      <nav aria-label="Fil d'Ariane" className="muted"><Link to="/clients">Clients</Link> ›</nav>
      <header className="record-header">
        <div>
          <h1 id="record-title">{client.display_name}</h1>
          <p className="muted">
            <ClientBadges client={client} /> Responsable : {owner?.name ?? "personne"}
          </p>
        </div>
        <TrashControls client={client} />
      </header>
      {justCreated && <p role="status" className="success">Fiche créée.</p>}
      <BlockBanner client={client} />
      <Duplicates clientId={client.id} justCreated={justCreated} />
      <div className="record-grid">
        <div className="stack">
          <ContactCard client={client} />
          <HistoryTimeline clientId={client.id} />
        </div>
        <div className="stack">{actions?.(client)}</div>
      </div>
    </section>
  );
}
