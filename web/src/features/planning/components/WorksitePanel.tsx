import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/ErrorNote";
import { newIdempotencyKey } from "@/lib/api/client";
import { messageOf } from "@/lib/api/problem";
import { useUsers } from "@/lib/directory";
import { slotOf } from "../lib/timeline";
import {
  openSheet, useAddTask, useCatalog, usePlanIntervention, useSendSheet, useSetStartDate, type Worksite,
} from "../api/planning";

/** The chosen worksite: its start date, a task from the catalog, a new intervention with its
 * operators, and its site sheet (printed or sent to a collaborator). */
export function WorksitePanel({ site, onClose }: { site: Worksite; onClose: () => void }) {
  return (
    <section className="card stack site-panel" aria-labelledby="site-panel-title">
      <div className="row between">
        <h2 id="site-panel-title">{site.title} <span className="muted">· {site.client_name}</span></h2>
        <button type="button" className="secondary" onClick={onClose}>Fermer</button>
      </div>
      <div className="panel-grid">
        <StartDate site={site} />
        <AddTask site={site} />
        <PlanIntervention site={site} />
        <SiteSheet site={site} />
      </div>
    </section>
  );
}

function StartDate({ site }: { site: Worksite }) {
  const save = useSetStartDate();
  const [day, setDay] = useState(site.start_date ?? "");
  const [provisional, setProvisional] = useState(site.provisional);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ site, startDate: day, provisional });
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Date de début">
      <h3>Date de début</h3>
      <label>Début du chantier<input type="date" required value={day} onChange={(e) => setDay(e.target.value)} /></label>
      <label className="inline"><input type="checkbox" checked={provisional} onChange={(e) => setProvisional(e.target.checked)} /> Date provisoire</label>
      <ErrorNote error={save.error} />
      <button type="submit" className="secondary" disabled={save.isPending}>Enregistrer la date</button>
    </form>
  );
}

function AddTask({ site }: { site: Worksite }) {
  const catalog = useCatalog();
  const add = useAddTask();
  const [taskId, setTaskId] = useState("");
  const have = new Set(site.tasks.map((t) => t.catalog_task_id));
  const choices = (catalog.data?.items ?? []).filter((t) => !have.has(t.id));
  function submit(event: FormEvent) {
    event.preventDefault();
    if (taskId) add.mutate({ site, taskId }, { onSuccess: () => setTaskId("") });
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Ajouter une tâche">
      <h3>Tâches</h3>
      <p className="hint">{site.tasks.map((t) => t.name).join(", ") || "Aucune tâche pour l'instant."}</p>
      <label>Tâche du catalogue
        <select value={taskId} onChange={(e) => setTaskId(e.target.value)} required>
          <option value="">Choisir…</option>
          {choices.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </label>
      <ErrorNote error={add.error} />
      <button type="submit" className="secondary" disabled={add.isPending}>Ajouter la tâche</button>
    </form>
  );
}

function PlanIntervention({ site }: { site: Worksite }) {
  const users = useUsers();
  const plan = usePlanIntervention();
  const [key, setKey] = useState(newIdempotencyKey);
  const [form, setForm] = useState({ day: site.start_date ?? "", from: "08:00", to: "12:00", label: "" });
  const [operators, setOperators] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const operatorsList = (users.data?.items ?? []).filter((u) => u.is_operator);
  function submit(event: FormEvent) {
    event.preventDefault();
    plan.mutate({ site, slot: slotOf(form.day, form.from, form.to), label: form.label, operatorIds: operators, key }, {
      onSuccess: (done) => {
        setWarnings(done.warnings.map((w) => w.message));
        setKey(newIdempotencyKey());
        setForm((f) => ({ ...f, label: "" }));
      },
    });
  }
  const field = (name: keyof typeof form) => ({
    value: form[name], onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });
  return (
    <form className="stack" onSubmit={submit} aria-label="Planifier une intervention">
      <h3>Planifier une intervention</h3>
      <label>Intitulé<input {...field("label")} /></label>
      <div className="grid-3">
        <label>Jour<input type="date" required {...field("day")} /></label>
        <label>De<input type="time" required {...field("from")} /></label>
        <label>À<input type="time" required {...field("to")} /></label>
      </div>
      <fieldset className="operators">
        <legend>Opérateurs</legend>
        {operatorsList.length === 0 && <p className="hint">Aucun opérateur dans la société.</p>}
        {operatorsList.map((u) => (
          <label key={u.id} className="inline">
            <input type="checkbox" checked={operators.includes(u.id)}
              onChange={(e) => setOperators((o) => (e.target.checked ? [...o, u.id] : o.filter((x) => x !== u.id)))} />
            {u.name}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={plan.error} />
      {warnings.map((w) => <p key={w} role="status" className="banner warning">{w}</p>)}
      <button type="submit" className="primary" disabled={plan.isPending}>Planifier</button>
    </form>
  );
}

function SiteSheet({ site }: { site: Worksite }) {
  const users = useUsers();
  const send = useSendSheet();
  const [to, setTo] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate({ site, userId: to });
  }
  const recipient = users.data?.items.find((u) => u.id === to);
  return (
    <form className="stack" onSubmit={submit} aria-label="Fiche chantier">
      <h3>Fiche chantier</h3>
      <button type="button" className="secondary"
        onClick={() => { setProblem(null); openSheet(site).catch((e: unknown) => setProblem(e instanceof Error ? e.message : messageOf(e))); }}>
        Imprimer la fiche chantier
      </button>
      {problem && <p role="alert" className="error">{problem}</p>}
      <label>Envoyer à
        <select value={to} required onChange={(e) => { setTo(e.target.value); send.reset(); }}>
          <option value="">Choisir un collaborateur…</option>
          {(users.data?.items ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <ErrorNote error={send.error} />
      {send.isSuccess && <p role="status" className="success">Fiche envoyée à {recipient?.name}.</p>}
      <button type="submit" className="primary" disabled={send.isPending}>Envoyer la fiche</button>
    </form>
  );
}
