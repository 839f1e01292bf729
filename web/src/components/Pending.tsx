/** A value another service has not confirmed yet: it updates by itself. */
export function Pending({ label = "en attente" }: { label?: string }) {
  return (
    <span className="pending-badge" title="Mise à jour automatique dès que l'information arrive">
      <span className="dot" aria-hidden="true" /> {label}
    </span>
  );
}
