import { ErrorNote } from "@/components/ErrorNote";
import { SettingsNav } from "../components/SettingsNav";
import { NamedList } from "../components/NamedList";
import { useAddCatalogTask, useCatalog, useDefineStatus, useStatuses } from "../api/settings";

/** Paramètres → Statuts clients (the defaults, then the company's own). */
export function ClientStatuses() {
  const statuses = useStatuses();
  const define = useDefineStatus();
  return (
    <section className="page narrow" aria-labelledby="statuses-title">
      <SettingsNav />
      <h1 id="statuses-title">Statuts clients</h1>
      <ErrorNote error={statuses.error} />
      <NamedList title="Statuts" addLabel="Nouveau statut" pending={define.isPending} error={define.error}
        items={(statuses.data ?? []).map((s) => ({ key: s.code, name: s.label, note: s.default ? <span className="badge muted">par défaut</span> : null }))}
        onAdd={(label, done) => define.mutate(label, { onSuccess: done })} />
    </section>
  );
}

/** Paramètres → Catalogue des tâches du planning. */
export function TaskCatalog() {
  const catalog = useCatalog();
  const add = useAddCatalogTask();
  return (
    <section className="page narrow" aria-labelledby="catalog-title">
      <SettingsNav />
      <h1 id="catalog-title">Catalogue des tâches</h1>
      <ErrorNote error={catalog.error} />
      <NamedList title="Tâches" addLabel="Nouvelle tâche" pending={add.isPending} error={add.error}
        items={(catalog.data?.items ?? []).map((t) => ({ key: t.id, name: t.name }))}
        onAdd={(name, done) => add.mutate(name, { onSuccess: done })} />
    </section>
  );
}

