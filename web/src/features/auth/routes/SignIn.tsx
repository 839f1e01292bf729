import { useState, type FormEvent } from "react";
import { useLocation, useNavigate } from "react-router";
import { messageOf } from "@/lib/api/problem";
import { signIn } from "../api/auth";

export function SignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = new URLSearchParams(location.search).get("retour") ?? "/";
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get("email")), String(form.get("password")));
      void navigate(from.startsWith("/") ? from : "/", { replace: true });
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="card signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <p className="brand" aria-hidden="true">Ouvrage</p>
        <h1 id="signin-title">Connexion</h1>
        <label>
          Adresse email
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          Mot de passe
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <div role="alert" className="error">
            <p>{error}</p>
            <p className="hint">
              Après plusieurs essais manqués, le compte est bloqué pendant quelques minutes.
            </p>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Connexion…" : "Se connecter"}
        </button>
      </form>
    </main>
  );
}
