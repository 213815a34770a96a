import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTranslation } from "react-i18next";
import { isUnauthorized } from "../api/error-code.ts";
import { useTRPC } from "../api/trpc.ts";
import { useSessionStore } from "../auth/session-store.ts";
import { bridge } from "../platform/bridge.ts";
import { usePresenceStore } from "../presence/presence-store.ts";
import { useCallStore } from "./call-store.ts";
import { readRealtimeEvent } from "./read-realtime-event.ts";
import { realtimeActions, type RealtimeAction } from "./realtime-actions.ts";

/**
 * The console's ONE realtime stream (DESIGN: realtime). Events only say what changed; the data is
 * refetched through the normal queries, so the stream never has to carry customer data.
 * Returns whether the stream is connected.
 */
export function useEventStream(): boolean {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const addCall = useCallStore((state) => state.add);

  const apply = (action: RealtimeAction) => {
    switch (action.type) {
      case "refresh-customer":
        void queryClient.invalidateQueries(trpc.customers.get.queryFilter({ customerId: action.customerId }));
        void queryClient.invalidateQueries(trpc.timeline.list.pathFilter());
        void queryClient.invalidateQueries(
          trpc.customers.journey.queryFilter({ customerId: action.customerId }),
        );
        // A new message may be the customer's own "STOP".
        void queryClient.invalidateQueries(trpc.consents.list.queryFilter({ customerId: action.customerId }));
        return;
      case "refresh-conversation":
        void queryClient.invalidateQueries(
          trpc.conversations.get.queryFilter({ conversationId: action.conversationId }),
        );
        return;
      case "refresh-queues":
        void queryClient.invalidateQueries(trpc.conversations.list.pathFilter());
        void queryClient.invalidateQueries(trpc.conversations.counts.pathFilter());
        void queryClient.invalidateQueries(trpc.live.pathFilter());
        return;
      case "refresh-all-customers":
        void queryClient.invalidateQueries(trpc.customers.pathFilter());
        void queryClient.invalidateQueries(trpc.timeline.pathFilter());
        void queryClient.invalidateQueries(trpc.merges.pathFilter());
        return;
      case "screen-pop":
        addCall(action.call);
        void bridge.notify({
          title: t("call.incoming"),
          body: (action.call.customerId === null ? "" : action.call.from) || t("call.unknownCaller"),
        });
        return;
      case "presence":
        usePresenceStore.getState().apply(action.presence);
        return;
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  };

  const subscription = useSubscription(
    trpc.events.stream.subscriptionOptions(
      {},
      {
        onData: (tracked) => {
          // Parsed again here: the API may be an older or newer version than this console.
          const event = readRealtimeEvent(tracked.data, (message) => console.warn(message));
          if (event) realtimeActions(event).forEach(apply);
        },
        // The API ends the stream when the session ends (logout elsewhere, password change,
        // deactivation): back to the login, as for any call refused for the session.
        onError: (error) => {
          if (isUnauthorized(error)) void useSessionStore.getState().signOut("expired");
        },
      },
    ),
  );
  return subscription.status === "pending";
}
