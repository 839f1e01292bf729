import { useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { newIdempotencyKey } from "@/lib/api/client";
import { ErrorNote } from "@/components/ErrorNote";
import { clientKeys, createClient, type ClientCreate as Body } from "../api/clients";

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}

export function ClientCreate() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // one key per intended record: a double click or a retry returns the first answer
  const key = useRef(newIdempotencyKey());
  const [kind, setKind] = useState<"prospect" | "client">("prospect");
  const create = useMutation({
    mutationFn: (body: Body) => createClient(body, key.current),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: clientKeys.all });
      void navigate(`/clients/${created.id}`, { state: { created: created.probable_duplicates.length } });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const phone = text(form, "phone");
    const email = text(form, "email");
    create.mutate({
      kind,
      status: kind === "prospect" ? "prospect" : "devis_en_cours",
      civility: text(form, "civility") || null,
      first_name: text(form, "first_name"),
      last_name: text(form, "last_name"),
      company_name: text(form, "company_name") || null,
      phones: phone ? [phone] : [],
      emails: email ? [email] : [],
      address: { street: text(form, "street"), postal_code: text(form, "postal_code"),
        city: text(form, "city"), country: "FR" },
      notes: "",
    });
  }

  return (
    <section className="page narrow" aria-labelledby="create-title">
      <h1 id="create-title">Nouvelle fiche</h1>
      <form className="card stack" onSubmit={submit}>
        <fieldset className="segmented">
          <legend>Type de fiche</legend>
          {(["prospect", "client"] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {k === "prospect" ? "Prospect" : "Client"}
            </label>
          ))}
        </fieldset>
        <div className="grid-3">
          <label>Civilité
            <select name="civility" defaultValue="">
              <option value="">—</option><option>M.</option><option>Mme</option>
            </select>
          </label>
          <label>Nom<input name="last_name" required autoComplete="off" /></label>
          <label>Prénom<input name="first_name" autoComplete="off" /></label>
        </div>
        <label>Société<input name="company_name" autoComplete="off" /></label>
        <div className="grid-2">
          <label>Téléphone<input name="phone" type="tel" autoComplete="off" /></label>
          <label>Email<input name="email" type="email" autoComplete="off" /></label>
        </div>
        <label>Adresse<input name="street" autoComplete="off" /></label>
        <div className="grid-2">
          <label>Code postal<input name="postal_code" inputMode="numeric" autoComplete="off" /></label>
          <label>Ville<input name="city" autoComplete="off" /></label>
        </div>
        <ErrorNote error={create.error} />
        <div className="row end">
          <button type="button" className="secondary" onClick={() => navigate(-1)}>Annuler</button>
          <button type="submit" className="primary" disabled={create.isPending}>Créer la fiche</button>
        </div>
      </form>
    </section>
  );
}
