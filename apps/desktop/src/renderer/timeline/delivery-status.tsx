import type { ConsentRefusal } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Delivery } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { refusalWords } from "../consent/consent-words.ts";
import { useInvalidateConversation } from "../conversation/use-invalidate-conversation.ts";
import { formatDateTime } from "../ui/format.ts";
import type { Receipt } from "./social-metadata.ts";

interface DeliveryStatusProps {
  delivery: Delivery;
  conversationId: string;
  customerId: string;
  /** The demo's connectors hand replies to simulated customers: said plainly, never "delivered". */
  simulated: boolean;
  /** The provider said the customer got (or read) it: Messenger's receipts. */
  receipt: Receipt | null;
  /** The outbox refused it: the customer had withdrawn consent. Worded here, not the API's English. */
  refusal: ConsentRefusal | null;
}

/**
 * Where a reply is: queued, being retried after the provider's error, delivered, or failed with
 * the provider's own words and a button to send it again once the cause is fixed.
 */
export function DeliveryStatus({
  delivery,
  conversationId,
  customerId,
  simulated,
  receipt,
  refusal,
}: DeliveryStatusProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateConversation();
  const retry = useMutation(
    trpc.conversations.retryDelivery.mutationOptions({
      onSuccess: () => invalidate(conversationId, customerId),
    }),
  );
  const received = delivery.status === "sent" ? receipt : null;
  const label = received
    ? t(`delivery.${received.state}`, { time: formatDateTime(received.at, i18n.language) })
    : delivery.status === "sent" && simulated
      ? t("delivery.simulated")
      : delivery.status === "queued" && delivery.lastError
        ? t("delivery.retrying")
        : t(`delivery.${delivery.status}`);
  return (
    <div className={`delivery delivery-${received?.state ?? delivery.status}`} role="status">
      {label}
      {refusal && delivery.status === "failed" ? (
        <span className="consent-refusal"> – {refusalWords(refusal, t, i18n.language)}</span>
      ) : delivery.lastError ? (
        <span className="muted"> – {delivery.lastError}</span>
      ) : null}
      {delivery.status === "failed" ? (
        <button
          type="button"
          className="link-button"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ outboxId: delivery.outboxId })}
        >
          {t("delivery.retry")}
        </button>
      ) : null}
      {retry.error ? (
        <span className="form-error" role="alert">
          {t("delivery.retryFailed")}: {retry.error.message}
        </span>
      ) : null}
    </div>
  );
}
