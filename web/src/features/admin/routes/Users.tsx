import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { useUsers } from "@/lib/directory";
import { SettingsNav } from "../components/SettingsNav";
import { UserCreateForm } from "../components/UserCreateForm";

/** Paramètres → Utilisateurs: the company's people (identity's French name order). */
export function Users() {
  const users = useUsers();
  return (
    <section className="page narrow" aria-labelledby="users-title">
      <SettingsNav />
      <h1 id="users-title">Utilisateurs</h1>
      <ErrorNote error={users.error} />
      <ul className="results" aria-label="Utilisateurs de la société">
        {(users.data?.items ?? []).map((user) => (
          <li key={user.id} className="result">
            <span className="result-name"><Link to={`/parametres/utilisateurs/${user.id}`}>{user.name}</Link></span>
            <span className="result-sub">{user.email}</span>
            <span className="badges">
              {user.is_admin && <span className="badge">Administrateur</span>}
              {user.is_operator && <span className="badge">Opérateur</span>}
            </span>
          </li>
        ))}
      </ul>
      <UserCreateForm />
    </section>
  );
}
