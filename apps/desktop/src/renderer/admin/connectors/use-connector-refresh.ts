import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../api/trpc.ts";

/** After a change: the board and the connector's page read anew. */
export function useConnectorRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.connectors.pathFilter());
}
