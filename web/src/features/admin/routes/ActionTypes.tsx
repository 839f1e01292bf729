import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { SettingsNav } from "../components/SettingsNav";
import { useAddResponse, useAllActionTypes, useDefineActionType } from "../api/settings";

/** Paramètres → Types d'action et leurs réponses. */
export function ActionTypes() {
  const types = useAllActionTypes();
  const define = useDefineActionType();
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    define.mutate({ name: name.trim(), responses: [] }, { onSuccess: () => setName("") });
  }
  return (
    <section className="page narrow" aria-labelledby="types-title">
      <SettingsNav />
      <h1 id="types-title">Types d'action</h1>
      <ErrorNote error={types.error} />
      <ul className="plain stack">
        {(types.data?.items ?? []).filter((t) => !t.retired).map((t) => (
          <li key={t.id} className="card"><TypeResponses id={t.id} name={t.name} version={t.version} responses={t.responses} /></li>
        ))}
      </ul>
      <form className="card row" onSubmit={submit}>
        <label className="grow">Nouveau type d'action<input required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <button type="submit" className="primary" disabled={define.isPending}>Ajouter</button>
        <ErrorNote error={define.error} />
      </form>
    </section>
  );
}

function TypeResponses({ id, name, version, responses }: { id: string; name: string; version: number; responses: string[] }) {
  const add = useAddResponse();
  const [response, setResponse] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ id, version, response: response.trim() }, { onSuccess: () => setResponse("") });
  }
  return (
    <div className="stack">
      <h2>{name}</h2>
      <p className="hint">Réponses : {responses.join(" · ") || "aucune"}</p>
      <form className="row" onSubmit={submit}>
        <label className="grow">Nouvelle réponse pour « {name} »<input required value={response} onChange={(e) => setResponse(e.target.value)} /></label>
        <button type="submit" className="secondary" disabled={add.isPending}>Ajouter la réponse</button>
      </form>
      <ErrorNote error={add.error} />
    </div>
  );
}
