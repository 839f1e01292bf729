import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { newIdempotencyKey } from "@/lib/api/client";
import { useOpenSav } from "../api/home";

/** « Ouvrir un SAV » on a client record (or a service: « prestation de services »). */
export function SavOpenForm({ clientId, disabled }: { clientId: string; disabled?: boolean }) {
  const open = useOpenSav(clientId);
  const [key, setKey] = useState(newIdempotencyKey);
  const [form, setForm] = useState({ title: "", observations: "", kind: "sav" as "sav" | "service" });
  function submit(event: FormEvent) {
    event.preventDefault();
    open.mutate({ ...form, key }, { onSuccess: () => { setKey(newIdempotencyKey()); setForm({ title: "", observations: "", kind: "sav" }); } });
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="sav-open-title">
      <h2 id="sav-open-title">SAV et prestations</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">Type</legend>
        <label className="inline"><input type="radio" name="sav-kind" checked={form.kind === "sav"} onChange={() => setForm((f) => ({ ...f, kind: "sav" }))} /> SAV</label>
        <label className="inline"><input type="radio" name="sav-kind" checked={form.kind === "service"} onChange={() => setForm((f) => ({ ...f, kind: "service" }))} /> Prestation de services</label>
      </fieldset>
      <label>Objet<input required value={form.title} onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))} /></label>
      <label>Observations<textarea rows={2} value={form.observations} onChange={(e) => setForm((f) => ({ ...f, observations: e.target.value }))} /></label>
      <ErrorNote error={open.error} />
      {open.isSuccess && <p role="status" className="success">« {open.data.title} » ouvert.</p>}
      <button type="submit" className="primary" disabled={disabled || open.isPending}>Ouvrir</button>
    </form>
  );
}
