import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { createClient } from "../api/create-client.ts";
import { createQueryClient } from "../api/create-query-client.ts";
import { TRPCProvider } from "../api/trpc.ts";
import { useSessionStore } from "../auth/session-store.ts";
import { SessionGate } from "./session-gate.tsx";

export function App() {
  const [queryClient] = useState(() =>
    createQueryClient(() => {
      void useSessionStore.getState().signOut("expired");
    }),
  );
  const [trpcClient] = useState(() => createClient(() => useSessionStore.getState().token));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <SessionGate />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
