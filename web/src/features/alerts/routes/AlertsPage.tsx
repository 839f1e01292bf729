import { ErrorNote } from "@/components/ErrorNote";
import { useAlerts } from "../api/alerts";
import { AlertList } from "../components/AlertList";

export function AlertsPage() {
  const alerts = useAlerts();
  return (
    <section className="page narrow" aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alertes</h1>
      <ErrorNote error={alerts.error} />
      <AlertList items={alerts.data?.items ?? []} />
    </section>
  );
}
