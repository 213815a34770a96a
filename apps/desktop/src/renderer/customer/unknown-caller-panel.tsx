import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useInvalidateConversation } from "../conversation/use-invalidate-conversation.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { CustomerPicker } from "./customer-picker.tsx";

/**
 * The customer pane of an unknown caller's conversation: nobody yet. Once the agent knows who
 * called, they find the customer and attach the call (conversations.attachCustomer); the pane then
 * shows that customer, and so does every colleague's once the change reaches them.
 */
export function UnknownCallerPanel({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inputId = useId();
  const openConversation = useUiStore((state) => state.openConversation);
  const invalidate = useInvalidateConversation();
  const conversation = useQuery(trpc.conversations.get.queryOptions({ conversationId }));
  const attach = useMutation(
    trpc.conversations.attachCustomer.mutationOptions({
      onSuccess: (result) => {
        invalidate(conversationId, result.customerId);
        openConversation(conversationId, result.customerId);
      },
    }),
  );
  const attachedTo = conversation.data?.conversation.customerId ?? null;

  useEffect(() => {
    // Attached meanwhile (by a colleague, or in another window): show the customer.
    if (attachedTo !== null) openConversation(conversationId, attachedTo);
  }, [attachedTo, conversationId, openConversation]);

  return (
    <section className="unknown-caller" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t("customer.unknownCaller")}</h2>
      <p className="muted">{t("customer.unknownCallerHint")}</p>
      <CustomerPicker
        label={t("customer.attachSearch")}
        actionLabel={(hit) => t("customer.attachTo", { name: hit.displayName })}
        actionText={t("customer.attach")}
        pending={attach.isPending}
        onPick={(hit) => attach.mutate({ conversationId, customerId: hit.id })}
      />
      {attach.error ? <ErrorNote error={attach.error} /> : null}
    </section>
  );
}
