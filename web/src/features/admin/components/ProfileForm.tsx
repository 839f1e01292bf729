import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import type { User } from "@/lib/directory";
import { useChangeProfile, type ProfileChange } from "../api/users";

function initial(user: User): ProfileChange {
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    phone: user.phone ?? "",
    email_signature: user.email_signature ?? "",
  };
}

/** The user's record: name, email, phone and email signature (« sous la signature », the password). */
export function ProfileForm({ user }: { user: User }) {
  const change = useChangeProfile(user);
  const [values, setValues] = useState<ProfileChange>(() => initial(user));
  const [done, setDone] = useState(false);

  function field(name: keyof ProfileChange) {
    return {
      value: values[name],
      onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    change.mutate(values, { onSuccess: (updated) => { setValues(initial(updated)); setDone(true); } });
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="profile-title">
      <h2 id="profile-title">Fiche de l'utilisateur</h2>
      <label>Prénom<input required autoComplete="off" {...field("first_name")} /></label>
      <label>Nom<input required autoComplete="off" {...field("last_name")} /></label>
      <label>Email<input type="email" required autoComplete="off" {...field("email")} /></label>
      <label>Téléphone<input type="tel" autoComplete="off" {...field("phone")} /></label>
      <label>Signature des emails<textarea rows={4} {...field("email_signature")} /></label>
      <ErrorNote error={change.error} />
      {done && <p role="status" className="success">La fiche de {values.first_name} est enregistrée.</p>}
      <button type="submit" className="primary" disabled={change.isPending}>Enregistrer la fiche</button>
    </form>
  );
}
