import { useState, type FormEvent, type ReactNode } from "react";
import { ErrorNote } from "@/components/ErrorNote";

type Props = {
  title: string;
  items: { key: string; name: string; note?: ReactNode }[];
  addLabel: string;
  onAdd: (name: string, done: () => void) => void;
  pending: boolean;
  error: unknown;
};

/** A settings list (statuses, catalog tasks) with its « ajouter » field. */
export function NamedList({ title, items, addLabel, onAdd, pending, error }: Props) {
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    onAdd(name.trim(), () => setName(""));
  }
  return (
    <section className="card stack" aria-label={title}>
      <ul className="plain">
        {items.map((item) => <li key={item.key}>{item.name} {item.note}</li>)}
      </ul>
      <form className="row" onSubmit={submit}>
        <label className="grow">{addLabel}<input required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <button type="submit" className="primary" disabled={pending}>Ajouter</button>
      </form>
      <ErrorNote error={error} />
    </section>
  );
}
