import { useSyncExternalStore } from "react";
import { Dialog } from "radix-ui";

// One dialog for every 412: somebody else changed the record since it was shown.
let open = false;
let reload: (() => void) | null = null;
const listeners = new Set<() => void>();

export function reportConflict(onReload: () => void): void {
  open = true;
  reload = onReload;
  listeners.forEach((l) => l());
}

function close(): void {
  open = false;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ConflictDialog() {
  const isOpen = useSyncExternalStore(subscribe, () => open);
  return (
    <Dialog.Root open={isOpen} onOpenChange={(next) => !next && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Fiche modifiée par quelqu'un d'autre</Dialog.Title>
          <Dialog.Description>
            Quelqu'un a modifié cette fiche pendant que vous la consultiez. Rechargez-la pour voir
            sa version actuelle, puis refaites votre modification.
          </Dialog.Description>
          <div className="row end">
            <Dialog.Close className="secondary">Fermer</Dialog.Close>
            <button className="primary" onClick={() => { reload?.(); close(); }}>
              Recharger la fiche
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
