import { useState } from "react";
import { Tooltip } from "radix-ui";
import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { useArchived, useHome } from "../api/home";
import { SavLine } from "../components/SavLine";

/** L'accueil : les SAV et prestations de services, comme l'utilisateur l'a choisi dans ses
 * préférences (archivés affichés ou non, observations en info-bulle ou non). */
export function Home() {
  const home = useHome();
  const [askArchived, setAskArchived] = useState(false);
  const prefs = home.data?.preferences;
  const archived = useArchived(askArchived && prefs?.show_archived_sav === false);
  const items = home.data?.items ?? [];
  const extra = (archived.data ?? []).map((t) => ({ ...t, tooltip: prefs?.sav_observations_as_tooltips ? t.observations.map((o) => o.text).join("\n") || null : null }));
  return (
    <section className="page" aria-labelledby="home-title">
      <header className="row between">
        <h1 id="home-title">Accueil</h1>
        <Link to="/preferences">Mes préférences d'affichage</Link>
      </header>
      <ErrorNote error={home.error ?? archived.error} />
      {prefs && (
        <p className="hint">
          {prefs.show_archived_sav ? "Les SAV archivés sont affichés." : "Les SAV archivés sont masqués."}{" "}
          {prefs.sav_observations_as_tooltips ? "Les observations s'affichent en info-bulle." : ""}
        </p>
      )}
      <Tooltip.Provider delayDuration={200}>
        <section className="card stack" aria-labelledby="sav-title">
          <h2 id="sav-title">SAV et prestations de services</h2>
          {home.isPending && <p role="status">Chargement…</p>}
          {home.data && items.length === 0 && <p className="muted">Aucun SAV ni prestation en cours.</p>}
          <ul className="savs">{items.map((item) => <SavLine key={item.id} item={item} />)}</ul>
          {prefs && !prefs.show_archived_sav && (
            <button type="button" className="secondary" aria-pressed={askArchived} onClick={() => setAskArchived((a) => !a)}>
              {askArchived ? "Masquer les archivés" : "Afficher les archivés"}
            </button>
          )}
          {askArchived && extra.length > 0 && (
            <ul className="savs" aria-label="SAV archivés">{extra.map((item) => <SavLine key={item.id} item={item} />)}</ul>
          )}
        </section>
      </Tooltip.Provider>
    </section>
  );
}
