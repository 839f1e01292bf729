import { useState } from "react";
import { useSession } from "@/lib/auth/use-session";
import { useUsers } from "@/lib/directory";
import { useActionStep, type Action } from "../api/actions";
import { UserPicker } from "./UserPicker";

/** « Attribuer » or « Partager » an existing action (FAQ « Attribuer une action »). */
export function ActionPeople({ action, mode, onDone }: { action: Action; mode: "assign" | "share"; onDone: () => void }) {
  const users = useUsers();
  const me = useSession();
  const step = useActionStep(action);
  const [chosen, setChosen] = useState<string[]>(mode === "assign" && action.assignee_id ? [action.assignee_id] : []);
  const people = (users.data?.items ?? []).filter((u) => mode === "assign" || (u.id !== me?.id && !action.shared_with.includes(u.id)));
  const first = chosen[0];
  return (
    <form className="stack" aria-label={mode === "assign" ? "Attribuer l'action" : "Partager l'action"} onSubmit={(e) => {
      e.preventDefault();
      if (!first) return;
      step.mutate(mode === "assign" ? { kind: "assign", assigneeId: first } : { kind: "share", userIds: chosen },
        { onSuccess: onDone });
    }}>
      <UserPicker label={mode === "assign" ? "Attribuer à" : "Partager avec"} users={people} selected={chosen}
        onChange={setChosen} single={mode === "assign"} />
      <div className="row end">
        <button type="button" className="secondary" onClick={onDone}>Annuler</button>
        <button type="submit" className="primary" disabled={!first || step.isPending}>Valider</button>
      </div>
    </form>
  );
}
