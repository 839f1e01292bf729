import type { DragEvent } from "react";
import { hours } from "../lib/timeline";
import { nextState, type Intervention } from "../api/planning";

const LABELS = { a_faire: "À faire", planifie: "Planifié", fait: "Fait" } as const;

export type DragData = { id: string; from: string; operatorId?: string };
export const DRAG_TYPE = "application/x-ouvrage-intervention";

type Props = {
  item: Intervention;
  operatorId?: string;
  onDot: (item: Intervention) => void;
  onLock: (item: Intervention) => void;
  onOpen: (item: Intervention) => void;
  title?: string;
};

/** An intervention on the board: its dot (one click: next state), its padlock, draggable. */
export function InterventionChip({ item, operatorId, onDot, onLock, onOpen, title }: Props) {
  const name = item.label || item.worksite_title;
  function start(event: DragEvent) {
    const data: DragData = { id: item.id, from: item.starts_at, operatorId };
    event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(data));
    event.dataTransfer.effectAllowed = "move";
  }
  const next = LABELS[nextState(item.state)];
  return (
    <div className={`chip state-${item.state}${item.locked ? " locked" : ""}`} draggable onDragStart={start}
      data-intervention={item.id}>
      <button type="button" className={`dot dot-${item.dot.colour}`} onClick={() => onDot(item)}
        aria-label={`${name} : ${item.dot.label}. Passer à « ${next} »`} title={`${item.dot.label} → ${next}`} />
      <button type="button" className="chip-label" onClick={() => onOpen(item)}>
        <span className="chip-hours">{hours(item.starts_at)}</span> {title ?? name}
        {item.operators.length > 0 && (
          <span className="chip-ops"> · {item.operators.map((o) => o.name ?? "?").join(", ")}</span>
        )}
      </button>
      <button type="button" className="padlock" aria-pressed={item.locked} onClick={() => onLock(item)}
        aria-label={item.locked ? `Déverrouiller ${name}` : `Verrouiller ${name}`}>
        <span aria-hidden="true">{item.locked ? "🔒" : "🔓"}</span>
      </button>
    </div>
  );
}

export function readDrag(event: DragEvent): DragData | null {
  const raw = event.dataTransfer.getData(DRAG_TYPE);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as DragData;
  } catch {
    return null;
  }
}
