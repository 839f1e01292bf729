import { UserRecord } from "@/features/admin";
import { PreferencesForm } from "@/features/home";

/** A user's administration page with their display preferences (two features, composed here). */
export default function UserWithPreferences() {
  return <UserRecord extra={(userId) => <PreferencesForm userId={userId} />} />;
}
