import { useState } from "react";
import { Dialog } from "radix-ui";
import { ErrorNote } from "@/components/ErrorNote";
import { useChangeClient, useDuplicates, useStatuses, useUsers, type Client } from "../api/clients";
import { CommercialBlockForm } from "./CommercialBlock";
import { ContactForm } from "./ContactForm";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return <div className="field"><dt>{label}</dt><dd>{children || <span className="muted">—</span>}</dd></div>;
}

/** The mark of an address whose email bounced (« Adresse non distribuable »), until corrected. */
function Undeliverable({ client, address }: { client: Client; address: string }) {
  const mark = (client.undeliverable_emails ?? [])
    .find((m) => m.address === address.trim().toLowerCase());
  if (!mark) return null;
  return <span className="badge danger" title={mark.diagnostic}>Adresse non distribuable ({mark.status})</span>;
}

export function ContactCard({ client }: { client: Client }) {
  const statuses = useStatuses();
  const users = useUsers();
  const change = useChangeClient(client);
  const [editing, setEditing] = useState(false);
  const { contact } = client;
  const place: { street?: string; postal_code?: string; city?: string } = contact.address ?? {};
  const address = [place.street, [place.postal_code, place.city]
    .filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return (
    <section className="card stack" aria-labelledby="contact-title">
      <div className="row between">
        <h2 id="contact-title">Fiche contact</h2>
        <div className="row">
          {!client.trashed && client.kind === "prospect" && (
            <button className="secondary" disabled={change.isPending}
              onClick={() => change.mutate({ kind: "convert" })}>Passer en client</button>
          )}
          {!editing && !client.trashed && <button className="secondary" onClick={() => setEditing(true)}>Modifier</button>}
        </div>
      </div>
      {editing ? <ContactForm client={client} onDone={() => setEditing(false)} /> : <dl className="fields">
        <Field label="Société">{contact.company_name}</Field>
        <Field label="Téléphone">{(contact.phones ?? []).map((p) => <a key={p} href={`tel:${p}`}>{p} </a>)}</Field>
        <Field label="Email">{(contact.emails ?? []).map((e) => <span key={e}>
          <a href={`mailto:${e}`}>{e}</a> <Undeliverable client={client} address={e} /></span>)}</Field>
        <Field label="Adresse">{address}</Field>
      </dl>}
      <div className="grid-2">
        <label>Statut
          <select value={client.status.code} disabled={change.isPending}
            onChange={(e) => change.mutate({ kind: "status", status: e.target.value })}>
            {(statuses.data ?? [client.status]).map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
          </select>
        </label>
        <label>Responsable
          <select value={client.owner_id ?? ""} disabled={client.trashed || change.isPending}
            onChange={(e) => change.mutate({ kind: "owner", ownerId: e.target.value || null })}>
            <option value="">Personne</option>
            {(users.data?.items ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </label>
      </div>
      <ErrorNote error={change.error} />
      {!client.trashed && <CommercialBlockForm key={client.version} client={client} />}
    </section>
  );
}

/** « Mettre à la corbeille » (optionally as the duplicate of another record) and « Restaurer ». */
export function TrashControls({ client }: { client: Client }) {
  const change = useChangeClient(client);
  const duplicates = useDuplicates(client.id);
  const [duplicateOf, setDuplicateOf] = useState("");
  const [open, setOpen] = useState(false);
  if (client.trashed) {
    return (
      <div className="banner muted-banner" role="note" aria-label="Fiche à la corbeille">
        Cette fiche est dans la corbeille : choisissez un autre statut pour la réactiver.
        <button className="secondary" onClick={() => change.mutate({ kind: "restore" })}
          disabled={change.isPending}>Restaurer la fiche</button>
        <ErrorNote error={change.error} />
      </div>
    );
  }
  const candidates = (duplicates.data?.items ?? []).filter((d) => !d.client.trashed);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="secondary">Mettre à la corbeille</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Mettre « {client.display_name} » à la corbeille ?</Dialog.Title>
          <Dialog.Description>
            Elle n'apparaîtra plus dans la recherche ; vous la retrouverez avec la bulle Corbeille.
            Doublon d'une autre fiche : ses actions, SAV et chantiers en cours passent sur celle-ci.
          </Dialog.Description>
          {candidates.length > 0 && (
            <label>Doublon de
              <select value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)}>
                <option value="">Aucune autre fiche</option>
                {candidates.map((d) => <option key={d.client.id} value={d.client.id}>{d.client.display_name}</option>)}
              </select>
            </label>
          )}
          <ErrorNote error={change.error} />
          <div className="row end">
            <Dialog.Close className="secondary">Annuler</Dialog.Close>
            <button className="danger" disabled={change.isPending}
              onClick={() => change.mutate({ kind: "trash", duplicateOf: duplicateOf || null },
                { onSuccess: () => setOpen(false) })}>
              Mettre à la corbeille
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
