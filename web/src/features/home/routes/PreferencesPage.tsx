import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { useSession } from "@/lib/auth/use-session";
import { usePreferences, useSavePreferences, type Preferences } from "../api/home";

/** My display preferences (the user's own page). */
export function PreferencesPage() {
  const session = useSession();
  return (
    <section className="page narrow" aria-labelledby="prefs-title">
      <h1 id="prefs-title">Mes préférences</h1>
      {session && <PreferencesForm userId={session.id} />}
    </section>
  );
}

/** The home page's two choices, for a user (their own page, or an administrator's). */
export function PreferencesForm({ userId }: { userId: string }) {
  const prefs = usePreferences(userId);
  if (prefs.error) return <ErrorNote error={prefs.error} />;
  if (!prefs.data) return <p role="status">Chargement…</p>;
  return <Choices key={userId} userId={userId} prefs={prefs.data} />;
}

function Choices({ userId, prefs }: { userId: string; prefs: Preferences }) {
  const save = useSavePreferences(userId);
  const [archived, setArchived] = useState(prefs.show_archived_sav);
  const [tooltips, setTooltips] = useState(prefs.sav_observations_as_tooltips);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ prefs, show_archived_sav: archived, sav_observations_as_tooltips: tooltips });
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="home-prefs-title">
      <h2 id="home-prefs-title">Page d'accueil</h2>
      <label className="inline"><input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} /> Afficher les SAV archivés</label>
      <label className="inline"><input type="checkbox" checked={tooltips} onChange={(e) => setTooltips(e.target.checked)} /> Afficher les observations des SAV en info-bulle</label>
      <ErrorNote error={save.error} />
      {save.isSuccess && <p role="status" className="success">Préférences enregistrées.</p>}
      <button type="submit" className="primary" disabled={save.isPending}>Enregistrer les préférences</button>
    </form>
  );
}
