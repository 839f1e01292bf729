import { useSyncExternalStore } from "react";
import { currentUser, subscribe, type SessionUser } from "./session";

export function useSession(): SessionUser | null {
  return useSyncExternalStore(subscribe, currentUser);
}
