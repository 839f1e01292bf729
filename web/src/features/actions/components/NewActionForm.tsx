import { useRef, useState, type FormEvent } from "react";
import { newIdempotencyKey } from "@/lib/api/client";
import { useSession } from "@/lib/auth/use-session";
import { useTenant, useUsers } from "@/lib/directory";
import { ErrorNote } from "@/components/ErrorNote";
import { useActionTypes, useCreateAction } from "../api/actions";
import { UserPicker } from "./UserPicker";

function tomorrowNine(): string {
  const d = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
}

/** FAQ « Attribuer une action » : the alert date, the type, share and/or assign. */
export function NewActionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const types = useActionTypes();
  const users = useUsers();
  const tenant = useTenant();
  const me = useSession();
  const create = useCreateAction(clientId);
  const key = useRef(newIdempotencyKey());
  const [assignee, setAssignee] = useState<string[]>([]);
  const [shared, setShared] = useState<string[]>([]);
  const [mode, setMode] = useState({ share: false, assign: false });
  const others = (users.data?.items ?? []).filter((u) => u.id !== me?.id);
  const available = (types.data?.items ?? []).filter((t) => !t.retired);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      key: key.current,
      body: {
        action_type_id: String(form.get("type")),
        // no offset: the server reads it in the company's time zone
        alert_at: `${String(form.get("alert_at"))}:00`,
        note: String(form.get("note") ?? ""),
        assignee_id: mode.assign ? assignee[0] ?? null : null,
        share_with: mode.share ? shared : [],
      },
    }, { onSuccess: () => { key.current = newIdempotencyKey(); onDone(); } });
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Nouvelle action">
      <label>Type d'action
        <select name="type" required defaultValue="">
          <option value="" disabled>Choisir…</option>
          {available.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </label>
      <label>Date et heure de l'alerte
        <input name="alert_at" type="datetime-local" required defaultValue={tomorrowNine()} />
        <span className="hint">Heure de la société ({tenant.data?.timezone ?? "Europe/Paris"})</span>
      </label>
      <label>Note<textarea name="note" rows={2} maxLength={2000} /></label>
      <div className="row">
        <label className="inline"><input type="checkbox" checked={mode.share}
          onChange={(e) => setMode({ ...mode, share: e.target.checked })} /> Partager cette action</label>
        <label className="inline"><input type="checkbox" checked={mode.assign}
          onChange={(e) => setMode({ ...mode, assign: e.target.checked })} /> Attribuer cette action</label>
      </div>
      {mode.share && <UserPicker label="Partager avec" users={others} selected={shared} onChange={setShared} />}
      {mode.assign && (
        <UserPicker label="Attribuer à" users={users.data?.items ?? []} selected={assignee}
          onChange={setAssignee} single />
      )}
      <ErrorNote error={create.error} />
      <div className="row end">
        <button type="button" className="secondary" onClick={onDone}>Annuler</button>
        <button type="submit" className="primary" disabled={create.isPending}>Créer l'action</button>
      </div>
    </form>
  );
}
