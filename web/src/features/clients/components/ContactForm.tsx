import type { FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { useChangeClient, type Client } from "../api/clients";

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}

/** « Modifier » the contact of a record (sent with its version: a stale screen gets the 412 dialog). */
export function ContactForm({ client, onDone }: { client: Client; onDone: () => void }) {
  const change = useChangeClient(client);
  const { contact } = client;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const phone = text(form, "phone");
    const email = text(form, "email");
    change.mutate({ kind: "contact", patch: {
      last_name: text(form, "last_name"), first_name: text(form, "first_name"),
      company_name: text(form, "company_name") || null,
      phones: phone ? [phone, ...(contact.phones ?? []).slice(1)] : (contact.phones ?? []).slice(1),
      emails: email ? [email, ...(contact.emails ?? []).slice(1)] : (contact.emails ?? []).slice(1),
      address: { country: contact.address?.country ?? "FR", street: text(form, "street"), postal_code: text(form, "postal_code"), city: text(form, "city") },
    } }, { onSuccess: onDone });
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Modifier le contact">
      <div className="grid-2">
        <label>Nom<input name="last_name" defaultValue={contact.last_name} /></label>
        <label>Prénom<input name="first_name" defaultValue={contact.first_name} /></label>
      </div>
      <label>Société<input name="company_name" defaultValue={contact.company_name ?? ""} /></label>
      <div className="grid-2">
        <label>Téléphone<input name="phone" type="tel" defaultValue={contact.phones?.[0] ?? ""} /></label>
        <label>Email<input name="email" type="email" defaultValue={contact.emails?.[0] ?? ""} /></label>
      </div>
      <label>Adresse<input name="street" defaultValue={contact.address?.street ?? ""} /></label>
      <div className="grid-2">
        <label>Code postal<input name="postal_code" defaultValue={contact.address?.postal_code ?? ""} /></label>
        <label>Ville<input name="city" defaultValue={contact.address?.city ?? ""} /></label>
      </div>
      <ErrorNote error={change.error} />
      <div className="row end">
        <button type="button" className="secondary" onClick={onDone}>Annuler</button>
        <button type="submit" className="primary" disabled={change.isPending}>Enregistrer</button>
      </div>
    </form>
  );
}
