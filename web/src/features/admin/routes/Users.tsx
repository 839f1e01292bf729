import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { useUsers } from "@/lib/directory";

/** Paramètres → Utilisateurs: the company's people (identity's French name order). */
export function Users() {
  const users = useUsers();
  return (
    <section className="page narrow" aria-labelledby="users-title">
      <p className="muted">Paramètres › <Link to="/parametres/statuts">Statuts des fiches</Link></p>
      <h1 id="users-title">Utilisateurs</h1>
      <ErrorNote error={users.error} />
      <ul className="results">
        {(users.data?.items ?? []).map((user) => (
          <li key={user.id} className="result">
            <span className="result-name"><Link to={`/parametres/utilisateurs/${user.id}`}>{user.name}</Link></span>
            <span className="result-sub">{user.email}</span>
            <span className="badges">{user.is_admin && <span className="badge">Administrateur</span>}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
