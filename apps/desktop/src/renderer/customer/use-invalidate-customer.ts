import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../api/trpc.ts";

/** A merge or unmerge moves items between customers: every customer view may be stale. */
export function useInvalidateCustomers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries(trpc.customers.pathFilter());
    void queryClient.invalidateQueries(trpc.timeline.pathFilter());
    void queryClient.invalidateQueries(trpc.merges.pathFilter());
    void queryClient.invalidateQueries(trpc.conversations.pathFilter());
  }, [queryClient, trpc]);
}
