import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { useTenant } from "@/lib/directory";
import { SettingsNav } from "../components/SettingsNav";
import { useSaveTenant, useSpf, type Tenant } from "../api/settings";

/** Paramètres → Société: the sender address, and the SPF diagnosis of its domain with the
 * exact record to publish (FAQ « Mon email revient « not delivery » »). */
export function CompanySettings() {
  const tenant = useTenant();
  return (
    <section className="page narrow" aria-labelledby="company-title">
      <SettingsNav />
      <h1 id="company-title">Société</h1>
      <ErrorNote error={tenant.error} />
      {/* keyed by the company, not its version: a save bumps the version, and a remount would
          drop the mutation's state, so « Adresse enregistrée » would never show */}
      {tenant.data && <Sender key={tenant.data.id} tenant={tenant.data} />}
    </section>
  );
}

function Sender({ tenant }: { tenant: Tenant }) {
  const save = useSaveTenant(tenant);
  const [email, setEmail] = useState(tenant.sender_email ?? "");
  const domain = (tenant.sender_email ?? "").split("@")[1] ?? "";
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(email.trim());
  }
  return (
    <>
      <form className="card stack" onSubmit={submit} aria-labelledby="sender-title">
        <h2 id="sender-title">Adresse d'expédition</h2>
        <p className="hint">Les emails de {tenant.name} partent de cette adresse quand son domaine l'autorise.</p>
        <label>Adresse d'expédition<input type="email" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <ErrorNote error={save.error} />
        {save.isSuccess && <p role="status" className="success">Adresse enregistrée.</p>}
        <button type="submit" className="primary" disabled={save.isPending}>Enregistrer l'adresse</button>
      </form>
      {domain && <SpfDiagnosis domain={domain} />}
    </>
  );
}

function SpfDiagnosis({ domain }: { domain: string }) {
  const spf = useSpf(domain);
  const result = spf.data;
  return (
    <section className="card stack" aria-labelledby="spf-title">
      <h2 id="spf-title">Diagnostic SPF de {domain}</h2>
      <button type="button" className="secondary" onClick={() => void spf.refetch()} disabled={spf.isFetching}>
        Vérifier le domaine
      </button>
      <ErrorNote error={spf.error} />
      {result && (
        <div className="stack" role="status">
          <p className={result.authorised ? "success" : "banner warning"}>{result.summary}</p>
          {result.record && <p>Enregistrement actuel : <code>{result.record}</code></p>}
          {result.fix && <p>{result.fix}</p>}
          {result.suggested_record && (
            <p>Enregistrement TXT à publier pour {result.domain} : <code className="record">{result.suggested_record}</code></p>
          )}
        </div>
      )}
    </section>
  );
}
