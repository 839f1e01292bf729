import { ClientRecord } from "@/features/clients";
import { ActionPanel } from "@/features/actions";
import { ClientPlanning } from "@/features/planning";
import { SavOpenForm } from "@/features/home";

/** The client record with its actions and its planning: the features meet here, at the app level. */
export default function RecordWithActions() {
  return (
    <ClientRecord
      actions={(client) => (
        <>
          <ActionPanel clientId={client.id} disabled={client.trashed} />
          <ClientPlanning clientId={client.id} />
          <SavOpenForm clientId={client.id} disabled={client.trashed} />
        </>
      )}
    />
  );
}
