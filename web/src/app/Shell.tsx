import { NavLink, Outlet, useNavigate } from "react-router";
import { signOut } from "@/features/auth";
import { AlertBell, useAlertStream } from "@/features/alerts";

export function Shell() {
  const navigate = useNavigate();
  useAlertStream();
  return (
    <div className="shell">
      <a href="#contenu" className="skip-link">Aller au contenu</a>
      <header className="topbar">
        <span className="brand">Ouvrage</span>
        <nav aria-label="Navigation principale" className="mainnav">
          <NavLink to="/clients">Clients</NavLink>
          <NavLink to="/actions">Mes actions</NavLink>
        </nav>
        <div className="row">
          <AlertBell />
          <NavLink to="/mot-de-passe" className="linkish">Mot de passe</NavLink>
          <button className="secondary" onClick={() => void signOut().then(() => navigate("/connexion"))}>
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
