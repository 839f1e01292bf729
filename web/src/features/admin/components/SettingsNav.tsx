import { NavLink } from "react-router";

/** Paramètres: the administration's pages. */
export function SettingsNav() {
  return (
    <nav aria-label="Paramètres" className="subnav">
      <NavLink to="/parametres/utilisateurs">Utilisateurs</NavLink>
      <NavLink to="/parametres/societe">Société</NavLink>
      <NavLink to="/parametres/actions">Types d'action</NavLink>
      <NavLink to="/parametres/statuts">Statuts des fiches</NavLink>
      <NavLink to="/parametres/taches">Catalogue des tâches</NavLink>
    </nav>
  );
}
