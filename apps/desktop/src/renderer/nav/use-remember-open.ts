import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { useUiStore } from "../state/ui-store.ts";
import { useNavStore } from "./nav-store.ts";

/**
 * Notes each conversation and customer the agent opens, by name, for the go-to palette. The
 * queries are the panes' own, so this reads their cache and asks the API nothing more.
 */
export function useRememberOpen(): void {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const conversationId = useUiStore((state) => state.conversationId);
  const customerId = useUiStore((state) => state.customerId);
  const remember = useNavStore((state) => state.remember);
  const conversation = useQuery(
    trpc.conversations.get.queryOptions(
      { conversationId: conversationId ?? "" },
      { enabled: conversationId !== null },
    ),
  ).data?.conversation;
  const customer = useQuery(
    trpc.customers.get.queryOptions({ customerId: customerId ?? "" }, { enabled: customerId !== null }),
  ).data;

  const liveCustomerId = customer?.id ?? null;
  const customerName = customer?.displayName ?? null;
  useEffect(() => {
    if (liveCustomerId !== null && customerName !== null)
      remember({ kind: "customer", id: liveCustomerId, label: customerName });
  }, [liveCustomerId, customerName, remember]);

  const title = conversation ? conversationTitle(conversation, t) : null;
  const name = conversation?.customerName ?? null;
  const id = conversation?.id ?? null;
  useEffect(() => {
    if (id !== null && title !== null)
      remember({ kind: "conversation", id, label: name ? `${title} · ${name}` : title });
  }, [id, title, name, remember]);
}
