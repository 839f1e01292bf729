import { isRouteErrorResponse, useRouteError } from "react-router";

/** What a screen shows when it cannot be drawn: after a new version was deployed, the old
 * page's chunks are gone, and a reload fetches the new ones. */
export function RouteError() {
  const error = useRouteError();
  const stale = error instanceof TypeError && /dynamically imported module|Importing a module/.test(error.message);
  const missing = error === undefined || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <section className="page narrow" role="alert">
      <h1>{missing ? "Page introuvable" : stale ? "Une nouvelle version d'Ouvrage est disponible" : "Cet écran n'a pas pu s'afficher"}</h1>
      <p>{stale ? "Rechargez la page pour l'utiliser." : "Rechargez la page ; si cela recommence, prévenez votre administrateur."}</p>
      <button className="primary" onClick={() => window.location.reload()}>Recharger la page</button>
    </section>
  );
}
