import { useState, type FormEvent } from "react";
import { Switch } from "radix-ui";
import { ErrorNote } from "@/components/ErrorNote";
import { formatDate } from "@/lib/format";
import { useChangeClient, type Client } from "../api/clients";

/** The banner every screen of a blocked record shows. */
export function BlockBanner({ client }: { client: Client }) {
  const block = client.commercial_block;
  if (!block) return null;
  return (
    <div className="banner danger" role="note" aria-label="Gestion commerciale bloquée">
      <strong>Gestion commerciale bloquée</strong> : {block.reason}
      {block.since && <span className="muted"> (depuis le {formatDate(block.since)})</span>}
    </div>
  );
}

/** « Bloquer la gestion commerciale » : Oui/Non with its reason, then Valider (FAQ). */
export function CommercialBlockForm({ client }: { client: Client }) {
  const change = useChangeClient(client);
  const [blocked, setBlocked] = useState(client.commercial_block !== null);
  const [reason, setReason] = useState(client.commercial_block?.reason ?? "");
  const dirty = blocked !== (client.commercial_block !== null)
    || (blocked && reason !== (client.commercial_block?.reason ?? ""));

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(blocked ? { kind: "block", reason: reason.trim() } : { kind: "unblock" });
  }

  return (
    <form className="block-form stack" onSubmit={submit} aria-label="Blocage commercial">
      <div className="row">
        <label htmlFor="block-switch" className="inline">Bloquer la gestion commerciale</label>
        <Switch.Root id="block-switch" className="switch" checked={blocked} onCheckedChange={setBlocked}>
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
        <span aria-hidden="true">{blocked ? "Oui" : "Non"}</span>
      </div>
      {blocked && (
        <label>Raison du blocage
          <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500}
            placeholder="ex. impayés" />
        </label>
      )}
      <ErrorNote error={change.error} />
      <div className="row end">
        <button type="submit" className="primary" disabled={!dirty || change.isPending}>Valider</button>
      </div>
    </form>
  );
}
