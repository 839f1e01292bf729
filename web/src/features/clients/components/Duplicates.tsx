import { Link } from "react-router";
import { useDuplicates } from "../api/clients";

const REASONS: Record<string, string> = { name: "même nom", phone: "même téléphone", email: "même email" };

/** Probable duplicates of a record, with links to them. */
export function Duplicates({ clientId, justCreated }: { clientId: string; justCreated: boolean }) {
  const duplicates = useDuplicates(clientId);
  const items = (duplicates.data?.items ?? []).filter((d) => !d.client.trashed);
  if (!items.length) return null;
  return (
    <section className="banner warning" role={justCreated ? "alert" : undefined}
      aria-label="Doublons probables">
      <strong>Doublon{items.length > 1 ? "s" : ""} probable{items.length > 1 ? "s" : ""}</strong> :
      cette fiche ressemble à
      <ul>
        {items.map(({ client, reasons }) => (
          <li key={client.id}>
            <Link to={`/clients/${client.id}`}>{client.display_name}</Link>
            <span className="muted"> ({reasons.map((r) => REASONS[r] ?? r).join(", ")})</span>
          </li>
        ))}
      </ul>
      Si c'est la même personne, mettez l'une des deux fiches à la corbeille.
    </section>
  );
}
