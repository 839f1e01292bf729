import { memo, useState, type DragEvent } from "react";
import { formatDate } from "@/lib/format";
import { dayKey, dayLabel, longDay } from "../lib/timeline";
import type { Intervention, Worksite } from "../api/planning";
import { InterventionChip, readDrag } from "./InterventionChip";
import type { Move } from "./useBoardActions";

export type ChipHandlers = {
  onDot: (item: Intervention) => void;
  onLock: (item: Intervention) => void;
  onOpen: (item: Intervention) => void;
  onDrop: (id: string, target: Move) => void;
};

type Props = ChipHandlers & {
  sites: Worksite[];
  days: Date[];
  moving: Record<string, Move>;
  selected: string | null;
  onSelect: (site: Worksite) => void;
};

/** Worksites (rows, start-date order as the server gives them) × days (columns). */
export function BoardGrid({ sites, days, moving, selected, onSelect, ...handlers }: Props) {
  const keys = days.map(dayKey);
  const today = dayKey(new Date());
  return (
    <div className="board-scroll" data-testid="board-scroll">
      <table className={`board days-${days.length}`}>
        <caption className="visually-hidden">Chantiers par date de début, interventions par jour</caption>
        <thead>
          <tr>
            <th scope="col" className="site-col">Chantier</th>
            {days.map((day, i) => (
              <th scope="col" key={keys[i]} className={keys[i] === today ? "today" : undefined}>
                <abbr title={longDay(day)}>{dayLabel(day)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <SiteRow key={site.id} site={site} keys={keys} moving={moving}
              selected={selected === site.id} onSelect={onSelect} {...handlers} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = ChipHandlers & {
  site: Worksite;
  keys: string[];
  moving: Record<string, Move>;
  selected: boolean;
  onSelect: (site: Worksite) => void;
};

const SiteRow = memo(function SiteRow({ site, keys, moving, selected, onSelect, onDrop, ...chip }: RowProps) {
  const [over, setOver] = useState<string | null>(null);
  const byDay = new Map<string, Intervention[]>();
  for (const item of site.interventions) {
    const day = moving[item.id]?.day ?? dayKey(new Date(item.starts_at));
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  function dropped(event: DragEvent, day: string) {
    event.preventDefault();
    setOver(null);
    const data = readDrag(event);
    if (data && site.interventions.some((i) => i.id === data.id)) onDrop(data.id, { day });
  }
  return (
    <tr className={selected ? "selected" : undefined} aria-label={site.title}>
      <th scope="row" className="site-col">
        <button type="button" className="site-name" aria-expanded={selected} onClick={() => onSelect(site)}>
          {site.title}
        </button>
        <span className="site-sub">{site.client_name}</span>
        <span className="site-sub">
          {site.start_date ? `Début ${formatDate(site.start_date)}` : "Sans date"}
          {site.provisional && <span className="badge provisional">provisoire</span>}
        </span>
        {site.tasks.length > 0 && <span className="site-tasks">{site.tasks.map((t) => t.name).join(" · ")}</span>}
      </th>
      {keys.map((day) => (
        <td key={day} data-day={day} className={over === day ? "drop-over" : undefined}
          onDragOver={(e) => { e.preventDefault(); setOver(day); }}
          onDragLeave={() => setOver((o) => (o === day ? null : o))}
          onDrop={(e) => dropped(e, day)}>
          {(byDay.get(day) ?? []).map((item) => <InterventionChip key={item.id} item={item} {...chip} />)}
        </td>
      ))}
    </tr>
  );
});
