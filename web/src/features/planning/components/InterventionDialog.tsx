import { useState, type FormEvent } from "react";
import { Dialog } from "radix-ui";
import { ErrorNote } from "@/components/ErrorNote";
import { useUsers } from "@/lib/directory";
import { dayKey, hours, moveToDay, slotOf } from "../lib/timeline";
import { useMoveIntervention, type Intervention } from "../api/planning";

/** The keyboard's way to reschedule: another day, other hours, other operators. */
export function InterventionDialog({ item, onClose }: { item: Intervention; onClose: () => void }) {
  const users = useUsers();
  const move = useMoveIntervention();
  const [day, setDay] = useState(dayKey(new Date(item.starts_at)));
  const [from, setFrom] = useState(hours(item.starts_at));
  const [to, setTo] = useState(hours(item.ends_at));
  const [operators, setOperators] = useState(item.operators.map((o) => o.id));
  function submit(event: FormEvent) {
    event.preventDefault();
    const sameHours = from === hours(item.starts_at) && to === hours(item.ends_at);
    const slot = sameHours ? moveToDay(item.starts_at, item.ends_at, day) : slotOf(day, from, to);
    move.mutate({ item, slot, operatorIds: operators }, { onSuccess: onClose });
  }
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{item.label || item.worksite_title}</Dialog.Title>
          <Dialog.Description>{item.worksite_title} · {item.dot.label}{item.locked ? " · verrouillée" : ""}</Dialog.Description>
          <form className="stack" onSubmit={submit}>
            <div className="grid-3">
              <label>Jour<input type="date" required value={day} onChange={(e) => setDay(e.target.value)} /></label>
              <label>De<input type="time" required value={from} onChange={(e) => setFrom(e.target.value)} /></label>
              <label>À<input type="time" required value={to} onChange={(e) => setTo(e.target.value)} /></label>
            </div>
            <fieldset className="operators">
              <legend>Opérateurs</legend>
              {(users.data?.items ?? []).filter((u) => u.is_operator || operators.includes(u.id)).map((u) => (
                <label key={u.id} className="inline">
                  <input type="checkbox" checked={operators.includes(u.id)}
                    onChange={(e) => setOperators((o) => (e.target.checked ? [...o, u.id] : o.filter((x) => x !== u.id)))} />
                  {u.name}
                </label>
              ))}
            </fieldset>
            <ErrorNote error={move.error} />
            <div className="row end">
              <Dialog.Close className="secondary">Annuler</Dialog.Close>
              <button type="submit" className="primary" disabled={move.isPending}>Déplacer</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
