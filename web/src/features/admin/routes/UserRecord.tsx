import { useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { PasswordChecklist } from "@/components/PasswordChecklist";
import { useSetPassword, useUser } from "../api/users";
import { ProfileForm } from "../components/ProfileForm";
import { UserRights } from "../components/UserRights";

/** A user's page; « changer le mot de passe » under the name (FAQ), rights, account, and what
 * the app composes in (`extra`: the user's preferences). */
export function UserRecord({ extra }: { extra?: (userId: string) => ReactNode }) {
  const { userId = "" } = useParams();
  const user = useUser(userId);
  const setPassword = useSetPassword(user.data);
  const [password, setValue] = useState("");
  const [done, setDone] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setPassword.mutate(password, { onSuccess: () => { setDone(true); setValue(""); } });
  }

  if (user.error) return <section className="page narrow"><ErrorNote error={user.error} /></section>;
  if (!user.data) return <section className="page narrow"><p role="status">Chargement…</p></section>;
  return (
    <section className="page narrow" aria-labelledby="user-title">
      <nav aria-label="Fil d'Ariane" className="muted"><Link to="/parametres/utilisateurs">Utilisateurs</Link> ›</nav>
      <h1 id="user-title">{user.data.name}</h1>
      <p className="muted">{user.data.email}</p>
      <ProfileForm user={user.data} />
      <form className="card stack" onSubmit={submit} aria-labelledby="set-password-title">
        <h2 id="set-password-title">Changer le mot de passe</h2>
        <label>Nouveau mot de passe
          <input type="password" autoComplete="new-password" required value={password}
            onChange={(e) => setValue(e.target.value)} />
        </label>
        <PasswordChecklist password={password} email={user.data.email} />
        <ErrorNote error={setPassword.error} />
        {done && <p role="status" className="success">Le mot de passe de {user.data.first_name} a été changé.</p>}
        <button type="submit" className="primary" disabled={setPassword.isPending}>Changer le mot de passe</button>
      </form>
      <UserRights key={user.data.id} user={user.data} />
      {extra?.(user.data.id)}
    </section>
  );
}
