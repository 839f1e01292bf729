import { useState } from "react";
import { messageOf } from "@/lib/api/problem";
import { moveToDay } from "../lib/timeline";
import { nextState, useMoveIntervention, useSetState, useToggleLock, type Intervention } from "../api/planning";

export type Move = { day: string; operatorFrom?: string; operatorTo?: string };

/** The board's one-click writes. A move shows at once where it was dropped; if the server
 * refuses (a padlock), its French message is shown and the intervention snaps back. */
export function useBoardActions(find: (id: string) => Intervention | undefined) {
  const move = useMoveIntervention();
  const setState = useSetState();
  const lock = useToggleLock();
  const [moving, setMoving] = useState<Record<string, Move>>({});
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const refused = (error: unknown) => setNotice({ kind: "error", text: messageOf(error) });

  function drop(id: string, target: Move) {
    const item = find(id);
    if (!item) return;
    const slot = moveToDay(item.starts_at, item.ends_at, target.day);
    let operatorIds: string[] | undefined;
    if (target.operatorTo && target.operatorFrom !== target.operatorTo) {
      const ids = item.operators.map((o) => o.id).filter((o) => o !== target.operatorFrom);
      operatorIds = ids.includes(target.operatorTo) ? ids : [...ids, target.operatorTo];
    }
    setNotice(null);
    setMoving((m) => ({ ...m, [id]: target }));
    move.mutate({ item, slot, operatorIds }, {
      onError: refused,
      onSuccess: () => setNotice({ kind: "success", text: `« ${item.label || item.worksite_title} » déplacée.` }),
      onSettled: () => setMoving(({ [id]: _done, ...rest }) => rest),
    });
  }

  return {
    moving,
    notice,
    drop,
    dot: (item: Intervention) => setState.mutate({ item, state: nextState(item.state) }, { onError: refused }),
    lock: (item: Intervention) => lock.mutate({ item }, { onError: refused }),
  };
}
