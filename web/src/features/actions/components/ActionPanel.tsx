import { useState } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { useClientActions } from "../api/actions";
import { ActionItem } from "./ActionItem";
import { NewActionForm } from "./NewActionForm";

/** The « Actions » of a client record. */
export function ActionPanel({ clientId, disabled }: { clientId: string; disabled: boolean }) {
  const list = useClientActions(clientId);
  const [adding, setAdding] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="actions-title">
      <div className="row between">
        <h2 id="actions-title">Actions</h2>
        {!adding && !disabled && <button className="primary" onClick={() => setAdding(true)}>Nouvelle action</button>}
      </div>
      {adding && <NewActionForm clientId={clientId} onDone={() => setAdding(false)} />}
      <ErrorNote error={list.error} />
      {items.length === 0 && !list.isLoading && <p className="muted">Aucune action sur cette fiche.</p>}
      <ul className="actions">{items.map((a) => <ActionItem key={a.id} action={a} />)}</ul>
    </section>
  );
}
