import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { formatDate, formatDateTime } from "@/lib/format";
import { useClientWorksites } from "../api/planning";

/** The client record's « Planning » tab: the client's worksites and their interventions. */
export function ClientPlanning({ clientId }: { clientId: string }) {
  const sites = useClientWorksites(clientId);
  return (
    <section className="card stack" aria-labelledby="client-planning-title">
      <h2 id="client-planning-title">Planning</h2>
      <ErrorNote error={sites.error} />
      {sites.data?.length === 0 && <p className="muted">Aucun chantier pour ce client.</p>}
      {(sites.data ?? []).map((site) => (
        <article key={site.id} className="stack">
          <h3>{site.title}</h3>
          <p className="muted">
            {site.start_date ? `Début ${formatDate(site.start_date)}` : "Sans date de début"}
            {site.provisional && <span className="badge provisional">provisoire</span>}
            {site.tasks.length > 0 && ` · ${site.tasks.map((t) => t.name).join(", ")}`}
          </p>
          <ul className="plain">
            {site.interventions.map((i) => (
              <li key={i.id}>
                <span className={`dot dot-${i.dot.colour}`} role="img" aria-label={i.dot.label} /> {formatDateTime(i.starts_at)} · {i.label || "Intervention"}
                {i.operators.length > 0 && ` · ${i.operators.map((o) => o.name).join(", ")}`}
                {i.locked && <span aria-label="verrouillée"> 🔒</span>}
              </li>
            ))}
          </ul>
        </article>
      ))}
      <Link to="/planning">Ouvrir le planning</Link>
    </section>
  );
}
