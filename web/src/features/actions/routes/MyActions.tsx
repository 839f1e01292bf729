import { ErrorNote } from "@/components/ErrorNote";
import { useMyActions } from "../api/actions";
import { ActionItem } from "../components/ActionItem";

/** « Mes actions » : assigned to me or shared with me, overdue first. */
export function MyActions() {
  const mine = useMyActions();
  const items = mine.data ?? [];
  const overdue = items.filter((a) => a.overdue).length;
  return (
    <section className="page narrow" aria-labelledby="mine-title">
      <h1 id="mine-title">Mes actions</h1>
      <p className="muted" role="status">
        {mine.isLoading ? "Chargement…" : `${items.length} action${items.length > 1 ? "s" : ""} à faire${overdue ? `, dont ${overdue} en retard` : ""}`}
      </p>
      <ErrorNote error={mine.error} />
      <ul className="actions">{items.map((a) => <ActionItem key={a.id} action={a} showClient />)}</ul>
    </section>
  );
}
