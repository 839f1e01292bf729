import { useCallback, useMemo, useState, type DragEvent } from "react";
import { useQueries } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorNote } from "@/components/ErrorNote";
import { planning, unwrap } from "@/lib/api/client";
import { useUsers, type User } from "@/lib/directory";
import { dayKey, dayLabel, daysOf, isoWeek, longDay, periodLabel, shift } from "../lib/timeline";
import { planningKeys, type Intervention } from "../api/planning";
import { useBoardStream } from "../api/stream";
import { InterventionChip, readDrag } from "../components/InterventionChip";
import { InterventionDialog } from "../components/InterventionDialog";
import { useBoardActions, type Move } from "../components/useBoardActions";

type Entry = Intervention & { client_name: string };

/** Agenda des opérateurs : la semaine de chacun ; glisser vers un autre jour ou un autre opérateur. */
export function OperatorAgenda() {
  const [anchor, setAnchor] = useState(() => new Date());
  const days = useMemo(() => daysOf(anchor, "week"), [anchor]);
  const week = isoWeek(anchor);
  const users = useUsers();
  const operators = useMemo(() => (users.data?.items ?? []).filter((u) => u.is_operator), [users.data]);
  const agendas = useQueries({
    queries: operators.map((u) => ({
      queryKey: planningKeys.agenda(u.id, week),
      queryFn: () => unwrap(planning.GET("/operators/{user_id}/agenda", { params: { path: { user_id: u.id }, query: { week } } })),
    })),
  });
  useBoardStream();
  const entries = useMemo(() => agendas.map((a) => (a.data?.interventions ?? []) as Entry[]), [agendas]);
  const index = useMemo(() => new Map(entries.flat().map((i) => [i.id, i] as const)), [entries]);
  const find = useCallback((id: string) => index.get(id), [index]);
  const actions = useBoardActions(find);
  const [opened, setOpened] = useState<Intervention | null>(null);
  const keys = days.map(dayKey);

  return (
    <section className="page wide" aria-labelledby="agenda-title">
      <header className="row between">
        <h1 id="agenda-title">Agenda des opérateurs</h1>
        <Link to="/planning">Planning des chantiers</Link>
      </header>
      <div className="row board-tools">
        <button type="button" className="secondary" onClick={() => setAnchor((a) => shift(a, "week", -1))} aria-label="Semaine précédente">‹</button>
        <button type="button" className="secondary" onClick={() => setAnchor(new Date())}>Cette semaine</button>
        <button type="button" className="secondary" onClick={() => setAnchor((a) => shift(a, "week", 1))} aria-label="Semaine suivante">›</button>
        <span className="period">{periodLabel(days, "week")}</span>
      </div>
      <div aria-live="assertive">
        {actions.notice && <p role={actions.notice.kind === "error" ? "alert" : "status"} className={actions.notice.kind}>{actions.notice.text}</p>}
      </div>
      <ErrorNote error={users.error} />
      <div className="board-scroll">
        <table className="board days-7">
          <caption className="visually-hidden">Interventions de la semaine par opérateur</caption>
          <thead>
            <tr>
              <th scope="col" className="site-col">Opérateur</th>
              {days.map((d, i) => <th scope="col" key={keys[i]}><abbr title={longDay(d)}>{dayLabel(d)}</abbr></th>)}
            </tr>
          </thead>
          <tbody>
            {operators.map((u, row) => (
              <OperatorRow key={u.id} user={u} keys={keys} items={entries[row] ?? []} moving={actions.moving}
                onDrop={actions.drop} onDot={actions.dot} onLock={actions.lock} onOpen={setOpened} />
            ))}
          </tbody>
        </table>
      </div>
      {operators.length === 0 && <p className="muted">Aucun utilisateur n'est marqué « opérateur ».</p>}
      {opened && <InterventionDialog item={index.get(opened.id) ?? opened} onClose={() => setOpened(null)} />}
    </section>
  );
}

type RowProps = {
  user: User; keys: string[]; items: Entry[]; moving: Record<string, Move>;
  onDrop: (id: string, target: Move) => void;
  onDot: (i: Intervention) => void; onLock: (i: Intervention) => void; onOpen: (i: Intervention) => void;
};

function OperatorRow({ user, keys, items, moving, onDrop, ...chip }: RowProps) {
  const here = (item: Entry) => {
    const move = moving[item.id];
    if (!move) return dayKey(new Date(item.starts_at));
    return move.operatorTo && move.operatorTo !== user.id ? null : move.day;
  };
  function dropped(event: DragEvent, day: string) {
    event.preventDefault();
    const data = readDrag(event);
    if (data) onDrop(data.id, { day, operatorFrom: data.operatorId, operatorTo: user.id });
  }
  return (
    <tr aria-label={user.name}>
      <th scope="row" className="site-col">{user.name}</th>
      {keys.map((day) => (
        <td key={day} data-day={day} onDragOver={(e) => e.preventDefault()} onDrop={(e) => dropped(e, day)}>
          {items.filter((i) => here(i) === day).map((item) => (
            <InterventionChip key={item.id} item={item} operatorId={user.id} title={`${item.client_name} · ${item.label || item.worksite_title}`} {...chip} />
          ))}
        </td>
      ))}
    </tr>
  );
}
