import { ErrorNote } from "@/components/ErrorNote";
import { SettingsNav } from "../components/SettingsNav";
import { NamedList } from "../components/NamedList";
import { useAddCatalogTask, useCatalog } from "../api/settings";

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

