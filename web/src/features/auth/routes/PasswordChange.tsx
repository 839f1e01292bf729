import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { identity, unwrap } from "@/lib/api/client";
import { ApiError, messageOf } from "@/lib/api/problem";
import { useSession } from "@/lib/auth/use-session";
import { changePassword, signIn } from "../api/auth";
import { PasswordChecklist } from "@/components/PasswordChecklist";

export function PasswordChange() {
  const session = useSession();
  const userId = session?.id ?? "";
  const me = useQuery({
    queryKey: ["users", userId],
    queryFn: () => unwrap(identity.GET("/users/{user_id}", { params: { path: { user_id: userId } } })),
    enabled: userId !== "",
  });
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; rules?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!me.data) return;
    const element = event.currentTarget; // React clears currentTarget once the handler awaits
    const form = new FormData(element);
    setBusy(true);
    try {
      await changePassword(userId, me.data.version, String(form.get("current")), password);
      // identity ends the sessions of a changed password (its tokens are refused from now on):
      // open a fresh one with the new password, so the person stays signed in
      await signIn(me.data.email, password);
      setOutcome({ ok: true, text: "Votre mot de passe a été modifié." });
      setPassword("");
      element.reset();
      await me.refetch();
    } catch (caught) {
      const failed = caught instanceof ApiError && Array.isArray(caught.problem.failed_rules)
        ? caught.problem.failed_rules.map(String) : undefined;
      setOutcome({ ok: false, text: messageOf(caught), rules: failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow" aria-labelledby="password-title">
      <h1 id="password-title">Modifier mon mot de passe</h1>
      <p className="muted">
        Conseil : une majuscule, un chiffre et un caractère spécial comme @ ! €.
      </p>
      <form className="card stack" onSubmit={submit}>
        <label>
          Mot de passe actuel
          <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <label>
          Nouveau mot de passe
          <input name="new" type="password" autoComplete="new-password" required
            value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <PasswordChecklist password={password} email={me.data?.email ?? ""} />
        {outcome && (
          <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "success" : "error"}>
            {outcome.text}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || !me.data}>
          Changer le mot de passe
        </button>
      </form>
    </section>
  );
}
