import { useCallback, useMemo, useState } from "react";
import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { dayKey, daysOf, periodLabel, shift, type Scale } from "../lib/timeline";
import { useBoard, type Intervention, type Worksite } from "../api/planning";
import { useBoardStream } from "../api/stream";
import { BoardGrid } from "../components/BoardGrid";
import { InterventionDialog } from "../components/InterventionDialog";
import { useBoardActions } from "../components/useBoardActions";
import { WorksitePanel } from "../components/WorksitePanel";

/** Le planning : chantiers par date de début, interventions sur la semaine ou le mois. */
export function PlanningBoard() {
  const [scale, setScale] = useState<Scale>("week");
  const [anchor, setAnchor] = useState(() => new Date());
  const days = useMemo(() => daysOf(anchor, scale), [anchor, scale]);
  const from = dayKey(days[0] ?? anchor);
  const to = dayKey(days[days.length - 1] ?? anchor);
  const board = useBoard(from, to);
  useBoardStream();
  const sites = useMemo(() => board.data ?? [], [board.data]);
  const index = useMemo(() => new Map(sites.flatMap((s) => s.interventions.map((i) => [i.id, i] as const))), [sites]);
  const find = useCallback((id: string) => index.get(id), [index]);
  const actions = useBoardActions(find);
  const [selectedId, setSelected] = useState<string | null>(null);
  const [opened, setOpened] = useState<Intervention | null>(null);
  const selected = sites.find((s) => s.id === selectedId);
  const onSelect = useCallback((s: Worksite) => setSelected((id) => (id === s.id ? null : s.id)), []);

  return (
    <section className="page wide" aria-labelledby="planning-title">
      <header className="row between">
        <h1 id="planning-title">Planning</h1>
        <Link to="/planning/agenda">Agenda des opérateurs</Link>
      </header>
      <div className="row board-tools">
        <div className="bubbles" role="group" aria-label="Échelle">
          <button type="button" className="bubble" aria-pressed={scale === "week"} onClick={() => setScale("week")}>Semaine</button>
          <button type="button" className="bubble" aria-pressed={scale === "month"} onClick={() => setScale("month")}>Mois</button>
        </div>
        <button type="button" className="secondary" onClick={() => setAnchor((a) => shift(a, scale, -1))} aria-label="Période précédente">‹</button>
        <button type="button" className="secondary" onClick={() => setAnchor(new Date())}>Aujourd'hui</button>
        <button type="button" className="secondary" onClick={() => setAnchor((a) => shift(a, scale, 1))} aria-label="Période suivante">›</button>
        <span className="period" aria-live="polite">{periodLabel(days, scale)}</span>
      </div>
      <p className="hint">Glissez une intervention vers un autre jour pour la déplacer ; cliquez sa pastille pour changer son état.</p>
      <div aria-live="assertive">
        {actions.notice && <p role={actions.notice.kind === "error" ? "alert" : "status"} className={actions.notice.kind}>{actions.notice.text}</p>}
      </div>
      <ErrorNote error={board.error} />
      {selected && <WorksitePanel key={selected.id} site={selected} onClose={() => setSelected(null)} />}
      {board.isPending ? <p role="status">Chargement du planning…</p> : sites.length === 0 ? (
        <p className="muted">Aucun chantier sur le planning : un client passé « en cours de chantier » y apparaît.</p>
      ) : (
        <BoardGrid sites={sites} days={days} moving={actions.moving} selected={selectedId} onSelect={onSelect}
          onDot={actions.dot} onLock={actions.lock} onOpen={setOpened} onDrop={actions.drop} />
      )}
      {opened && <InterventionDialog key={opened.id} item={index.get(opened.id) ?? opened} onClose={() => setOpened(null)} />}
    </section>
  );
}
