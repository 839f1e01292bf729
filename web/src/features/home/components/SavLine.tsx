import { useId, useState, type FormEvent } from "react";
import { Tooltip } from "radix-ui";
import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { formatDate } from "@/lib/format";
import { useArchive, useObserve, type HomeItem } from "../api/home";

const KIND = { sav: "SAV", service: "Prestation" } as const;

/** One SAV or service line: its observations as a tooltip (if the user wants them), add an
 * observation, archive. */
export function SavLine({ item }: { item: HomeItem }) {
  const archive = useArchive();
  const observe = useObserve();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState("");
  const noteId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    observe.mutate({ id: item.id, text }, { onSuccess: () => { setText(""); setAdding(false); } });
  }
  const title = <span className="sav-title">{item.title}</span>;
  return (
    <li className={`sav${item.archived ? " archived" : ""}`} aria-label={`${KIND[item.kind]} ${item.title}`}>
      <div className="row between">
        <div>
          <span className={`badge kind-${item.kind}`}>{KIND[item.kind]}</span>{" "}
          {item.tooltip ? (
            <Tooltip.Root>
              <Tooltip.Trigger asChild>
                <button type="button" className="linkish sav-title" aria-describedby={noteId}>{item.title}</button>
              </Tooltip.Trigger>
              <Tooltip.Portal>
                <Tooltip.Content className="tooltip" sideOffset={4}>{item.tooltip}</Tooltip.Content>
              </Tooltip.Portal>
            </Tooltip.Root>
          ) : title}
          {item.tooltip && <span id={noteId} className="visually-hidden">Observations : {item.tooltip}</span>}
          <span className="muted"> · <Link to={`/clients/${item.client_id}`}>{item.client_name}</Link> · ouvert le {formatDate(item.opened_at)}</span>
          {item.archived && <span className="badge muted">Archivé</span>}
        </div>
        {!item.archived && (
          <div className="row">
            <button type="button" className="secondary" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>Ajouter une observation</button>
            <button type="button" className="secondary" onClick={() => archive.mutate(item.id)} disabled={archive.isPending}>Archiver</button>
          </div>
        )}
      </div>
      {adding && (
        <form className="row" onSubmit={submit} aria-label={`Observation sur ${item.title}`}>
          <label className="grow">Observation<input value={text} required onChange={(e) => setText(e.target.value)} /></label>
          <button type="submit" className="primary" disabled={observe.isPending}>Enregistrer</button>
        </form>
      )}
      <ErrorNote error={archive.error ?? observe.error} />
    </li>
  );
}
