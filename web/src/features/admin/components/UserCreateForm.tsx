import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { PasswordChecklist } from "@/components/PasswordChecklist";
import { newIdempotencyKey, useCreateUser, usePermissions } from "../api/users";

const EMPTY = { first_name: "", last_name: "", email: "", password: "" };

/** « Nouvel utilisateur »: name, email, first password, operator flag, permissions. */
export function UserCreateForm() {
  const create = useCreateUser();
  const permissions = usePermissions();
  const [key, setKey] = useState(newIdempotencyKey);
  const [form, setForm] = useState(EMPTY);
  const [operator, setOperator] = useState(false);
  const [granted, setGranted] = useState<string[]>([]);
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ body: { ...form, is_admin: false, is_operator: operator, permissions: granted }, key }, {
      onSuccess: () => { setForm(EMPTY); setGranted([]); setOperator(false); setKey(newIdempotencyKey()); },
    });
  }
  const field = (name: keyof typeof EMPTY) => ({
    value: form[name], required: true, onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="new-user-title">
      <h2 id="new-user-title">Nouvel utilisateur</h2>
      <div className="grid-2">
        <label>Prénom<input autoComplete="off" {...field("first_name")} /></label>
        <label>Nom<input autoComplete="off" {...field("last_name")} /></label>
      </div>
      <label>Adresse email<input type="email" autoComplete="off" {...field("email")} /></label>
      <label>Mot de passe initial<input type="password" autoComplete="new-password" {...field("password")} /></label>
      <PasswordChecklist password={form.password} email={form.email} />
      <label className="inline"><input type="checkbox" checked={operator} onChange={(e) => setOperator(e.target.checked)} /> Opérateur (peut être planifié sur les chantiers)</label>
      <fieldset className="operators">
        <legend>Droits</legend>
        {(permissions.data ?? []).map((p) => (
          <label key={p.code} className="inline">
            <input type="checkbox" checked={granted.includes(p.code)}
              onChange={(e) => setGranted((g) => (e.target.checked ? [...g, p.code] : g.filter((c) => c !== p.code)))} />
            {p.label}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={create.error} />
      {create.isSuccess && <p role="status" className="success">{create.data.name} a été créé.</p>}
      <button type="submit" className="primary" disabled={create.isPending}>Créer l'utilisateur</button>
    </form>
  );
}
