import { useId, useState } from "react";
import type { User } from "@/lib/directory";
import { compareFrench } from "@/lib/format";
import { matchRanges } from "@/lib/text";

/** Choose people among the company's users: a filter box and checkboxes (or radios). */
export function UserPicker({ label, users, selected, onChange, single = false }: {
  label: string; users: User[]; selected: string[]; onChange: (ids: string[]) => void; single?: boolean;
}) {
  const [filter, setFilter] = useState("");
  const name = useId();
  const shown = users
    .filter((u) => !filter || matchRanges(`${u.name} ${u.email}`, filter).length > 0)
    .sort((a, b) => compareFrench(a.name, b.name));
  function toggle(id: string, on: boolean) {
    if (single) onChange(on ? [id] : []);
    else onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  }
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      {users.length > 6 && (
        <input type="search" aria-label={`Filtrer : ${label}`} placeholder="Filtrer…" value={filter}
          onChange={(e) => setFilter(e.target.value)} />
      )}
      <ul>
        {shown.map((u) => (
          <li key={u.id}>
            <label className="inline">
              <input type={single ? "radio" : "checkbox"} name={name} checked={selected.includes(u.id)}
                onChange={(e) => toggle(u.id, e.target.checked)} />
              {u.name}
            </label>
          </li>
        ))}
        {single && selected.length > 0 && (
          <li><button type="button" className="linkish" onClick={() => onChange([])}>Personne</button></li>
        )}
      </ul>
    </fieldset>
  );
}
