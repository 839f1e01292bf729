import { useEffect, useState, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { mayResume, refresh } from "@/lib/auth/session";
import { useSession } from "@/lib/auth/use-session";

/** Children when signed in; after a reload, the session is renewed silently first; otherwise
 * the sign-in page, which brings the person back to the page they asked for. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const [renewing, setRenewing] = useState(() => session === null && mayResume());

  useEffect(() => {
    if (!renewing) return;
    void refresh().finally(() => setRenewing(false));
  }, [renewing]);

  if (session) return <>{children}</>;
  if (renewing) return <p className="pending" role="status">Reprise de votre session…</p>;
  const back = location.pathname + location.search;
  return <Navigate to={`/connexion?retour=${encodeURIComponent(back)}`} replace />;
}
