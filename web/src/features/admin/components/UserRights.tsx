import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import type { User } from "@/lib/directory";
import { useDeactivate, usePermissions, useSetOperator, useSetPermissions } from "../api/users";

/** A user's rights (French labels), the operator flag, and deactivation. */
export function UserRights({ user }: { user: User }) {
  const permissions = usePermissions();
  const save = useSetPermissions(user);
  const operator = useSetOperator(user);
  const deactivate = useDeactivate(user);
  const [admin, setAdmin] = useState(user.is_admin);
  const [granted, setGranted] = useState(user.permissions);
  const [confirming, setConfirming] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ is_admin: admin, permissions: granted });
  }
  return (
    <>
      <form className="card stack" onSubmit={submit} aria-labelledby="rights-title">
        <h2 id="rights-title">Droits</h2>
        <label className="inline"><input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} /> Administrateur (tous les droits)</label>
        {(permissions.data ?? []).map((p) => (
          <label key={p.code} className="inline">
            <input type="checkbox" checked={admin || granted.includes(p.code)} disabled={admin}
              onChange={(e) => setGranted((g) => (e.target.checked ? [...g, p.code] : g.filter((c) => c !== p.code)))} />
            {p.label}
          </label>
        ))}
        <ErrorNote error={save.error} />
        {save.isSuccess && <p role="status" className="success">Droits enregistrés.</p>}
        <button type="submit" className="primary" disabled={save.isPending}>Enregistrer les droits</button>
      </form>
      <section className="card stack" aria-labelledby="account-title">
        <h2 id="account-title">Compte</h2>
        <label className="inline">
          <input type="checkbox" checked={user.is_operator} disabled={operator.isPending || !user.active}
            onChange={(e) => operator.mutate(e.target.checked)} /> Opérateur (peut être planifié sur les chantiers)
        </label>
        <ErrorNote error={operator.error ?? deactivate.error} />
        {!user.active ? <p className="badge muted">Compte désactivé</p> : confirming ? (
          <div className="row">
            <span>Désactiver {user.name} ? Il ne pourra plus se connecter.</span>
            <button type="button" className="danger" onClick={() => deactivate.mutate()}>Confirmer la désactivation</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>Annuler</button>
          </div>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>Désactiver le compte</button>
        )}
      </section>
    </>
  );
}
