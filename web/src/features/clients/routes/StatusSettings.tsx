import { ErrorNote } from "@/components/ErrorNote";
import { useConfigureStatus, useStatuses, type Status } from "../api/clients";

/** Paramètres → Statuts: for each status of the company's list, whether it puts the client on
 * the planning and whether it ends the site (« chantier terminé »); the Corbeille does neither. */
export function StatusSettings() {
  const statuses = useStatuses();
  const configure = useConfigureStatus();
  function set(status: Status, change: Partial<Pick<Status, "on_planning" | "ends_worksite">>) {
    configure.mutate({ code: status.code, on_planning: status.on_planning, ends_worksite: status.ends_worksite, ...change });
  }
  return (
    <section className="page narrow" aria-labelledby="statuses-title">
      <p className="muted">Paramètres ›</p>
      <h1 id="statuses-title">Statuts</h1>
      <ErrorNote error={statuses.error ?? configure.error} />
      <table>
        <thead>
          <tr><th scope="col">Statut</th><th scope="col">Met sur le planning</th><th scope="col">Termine le chantier</th></tr>
        </thead>
        <tbody>
          {(statuses.data ?? []).map((status) => (
            <tr key={status.code}>
              <th scope="row">{status.label}</th>
              {status.trash ? <td colSpan={2} className="muted">Met la fiche à la corbeille</td> : <>
                <td><input type="checkbox" aria-label={`${status.label} : met sur le planning`}
                  checked={status.on_planning ?? false} disabled={configure.isPending}
                  onChange={(e) => set(status, { on_planning: e.target.checked, ends_worksite: e.target.checked ? false : status.ends_worksite })} /></td>
                <td><input type="checkbox" aria-label={`${status.label} : termine le chantier`}
                  checked={status.ends_worksite ?? false} disabled={configure.isPending}
                  onChange={(e) => set(status, { ends_worksite: e.target.checked, on_planning: e.target.checked ? false : status.on_planning })} /></td>
              </>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
