import { ClientRecord } from "@/features/clients";
import { ActionPanel } from "@/features/actions";

/** The client record with its actions: the two features meet here, at the app level. */
export default function RecordWithActions() {
  return (
    <ClientRecord
      actions={(client) => (
        <ActionPanel clientId={client.id} disabled={client.trashed} />
      )}
    />
  );
}
