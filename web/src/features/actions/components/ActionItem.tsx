import { useState } from "react";
import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { Pending } from "@/components/Pending";
import { useUserName } from "@/lib/directory";
import { formatDateTime } from "@/lib/format";
import { useActionStep, useActionTypes, type Action } from "../api/actions";
import { ActionPeople } from "./ActionPeople";

const STATUS: Record<string, string> = { open: "À faire", completed: "Terminée", cancelled: "Annulée" };

export function ActionItem({ action, showClient = false }: { action: Action; showClient?: boolean }) {
  const step = useActionStep(action);
  const types = useActionTypes();
  const nameOf = useUserName();
  const [answering, setAnswering] = useState(false);
  const [people, setPeople] = useState<"assign" | "share" | null>(null);
  const responses = types.data?.items.find((t) => t.id === action.action_type_id)?.responses ?? [];
  const open = action.status === "open";
  return (
    <li className={`action ${action.overdue ? "overdue" : ""}`} aria-label={`${action.type_name} — ${action.client_name}`}>
      <div className="row between">
        <strong>{action.type_name}</strong>
        <span className={`badge ${action.overdue ? "danger" : ""}`}>
          {action.overdue ? "En retard" : STATUS[action.status] ?? action.status}
        </span>
      </div>
      {showClient && (
        <p>{action.client_pending ? <Pending label="fiche client en attente" />
          : <Link to={`/clients/${action.client_id}`}>{action.client_name}</Link>}</p>
      )}
      <p className="muted">
        Alerte le {formatDateTime(action.alert_at, action.timezone)}
        {action.assignee_id && <> · attribuée à {nameOf(action.assignee_id) ?? "…"}</>}
        {action.shared_with.length > 0 && <> · partagée avec {action.shared_with.map((id) => nameOf(id) ?? "…").join(", ")}</>}
      </p>
      {action.note && <p>{action.note}</p>}
      {action.response && <p>Réponse : <strong>{action.response}</strong> {action.response_comment}</p>}
      {action.cancel_reason && <p className="muted">Annulée : {action.cancel_reason}</p>}
      {open && people && <ActionPeople action={action} mode={people} onDone={() => setPeople(null)} />}
      {open && !answering && !people && (
        <div className="row">
          {responses.length > 0 && <button className="secondary" onClick={() => setAnswering(true)}>Répondre</button>}
          <button className="secondary" onClick={() => setPeople("assign")}>Attribuer</button>
          <button className="secondary" onClick={() => setPeople("share")}>Partager</button>
          <button className="secondary" disabled={step.isPending} onClick={() => step.mutate({ kind: "complete" })}>Terminer</button>
          <button className="linkish" disabled={step.isPending}
            onClick={() => step.mutate({ kind: "cancel", reason: "" })}>Annuler l'action</button>
        </div>
      )}
      {open && answering && (
        <form className="row" aria-label="Répondre à l'action" onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          step.mutate({ kind: "answer", response: String(form.get("response")), comment: String(form.get("comment") ?? "") },
            { onSuccess: () => setAnswering(false) });
        }}>
          <label>Réponse
            <select name="response" required>{responses.map((r) => <option key={r}>{r}</option>)}</select>
          </label>
          <label>Commentaire<input name="comment" /></label>
          <button type="submit" className="primary" disabled={step.isPending}>Valider</button>
        </form>
      )}
      <ErrorNote error={step.error} />
    </li>
  );
}
