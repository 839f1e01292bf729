import { Link } from "react-router";
import { Popover } from "radix-ui";
import { useAlerts } from "../api/alerts";
import { AlertList } from "./AlertList";

export function AlertBell() {
  const alerts = useAlerts();
  const unread = alerts.data?.unread_count ?? 0;
  const label = unread ? `Alertes : ${unread} non lue${unread > 1 ? "s" : ""}` : "Alertes : aucune non lue";
  return (
    <Popover.Root>
      <Popover.Trigger className="bell" aria-label={label}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 && <span className="count" aria-hidden="true">{unread}</span>}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" align="end" sideOffset={8} aria-label="Alertes">
          <AlertList items={alerts.data?.items.slice(0, 8) ?? []} />
          <Popover.Close asChild>
            <Link to="/alertes" className="linkish">Toutes les alertes</Link>
          </Popover.Close>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
