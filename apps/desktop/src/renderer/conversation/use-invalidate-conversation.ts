import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../api/trpc.ts";

/**
 * After a change to a conversation: its thread, the queues and counts, and its customer's 360 and
 * timeline. The realtime stream does the same for changes made elsewhere; doing it here too means
 * the agent's own change shows at once even while the stream reconnects.
 */
export function useInvalidateConversation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (conversationId: string, customerId: string | null) => {
      void queryClient.invalidateQueries(trpc.conversations.get.queryFilter({ conversationId }));
      void queryClient.invalidateQueries(trpc.conversations.list.pathFilter());
      void queryClient.invalidateQueries(trpc.conversations.counts.pathFilter());
      if (customerId !== null)
        void queryClient.invalidateQueries(trpc.customers.get.queryFilter({ customerId }));
      void queryClient.invalidateQueries(trpc.timeline.list.pathFilter());
    },
    [queryClient, trpc],
  );
}
