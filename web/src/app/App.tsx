import { useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { makeQueryClient } from "@/lib/query";
import { ConflictDialog, reportConflict } from "@/components/ConflictDialog";
import { router } from "./router";

export function App() {
  // every 412, whichever screen sent it: the « modifié par quelqu'un d'autre » dialog
  const [queryClient] = useState(() =>
    makeQueryClient((client) => reportConflict(() => void client.invalidateQueries())),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <ConflictDialog />
    </QueryClientProvider>
  );
}
