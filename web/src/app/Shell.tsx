import { NavLink, Outlet, useNavigate } from "react-router";
import { signOut } from "@/features/auth";
import { AlertBell, useAlertStream } from "@/features/alerts";
import { useSession } from "@/lib/auth/use-session";

export function Shell() {
  const navigate = useNavigate();
  const session = useSession();
  useAlertStream();

  // leave the screen first (navigation done), then end the session: otherwise the guard sees the
  // session end here and would bring the next person to sign in back to this page
  async function leave() {
    await navigate("/connexion", { replace: true });
    await signOut();
  }
  return (
    <div className="shell">
      <a href="#contenu" className="skip-link">Aller au contenu</a>
      <header className="topbar">
        <span className="brand">Ouvrage</span>
        <nav aria-label="Navigation principale" className="mainnav">
          <NavLink to="/" end>Accueil</NavLink>
          <NavLink to="/clients">Clients</NavLink>
          <NavLink to="/planning">Planning</NavLink>
          <NavLink to="/actions">Mes actions</NavLink>
        </nav>
        <div className="row">
          <AlertBell />
          {session?.permissions.includes("users.manage") ? (
            <NavLink to="/parametres/utilisateurs">Paramètres</NavLink>
          ) : session?.permissions.includes("settings.manage") && (
            <NavLink to="/parametres/societe">Paramètres</NavLink>
          )}
          <NavLink to="/preferences">Préférences</NavLink>
          <NavLink to="/mot-de-passe">Mot de passe</NavLink>
          <button className="secondary" onClick={() => void leave()}>
            Déconnexion
          </button>
        </div>
      </header>
      <main id="contenu">
        <Outlet />
      </main>
    </div>
  );
}
