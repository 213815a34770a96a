import { skipToken, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { formatDate } from "../ui/format.ts";
import { replyWithdrawal } from "./consent-words.ts";

/**
 * Above the reply box, before the agent writes: the customer objected to messages on this
 * channel, when and how. The outbox would refuse the reply; the agent learns it first.
 */
export function ConsentWarning({ conversation }: { conversation: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { customerId, channel } = conversation;
  const reachable = customerId !== null && channel !== "internal";
  const consents = useQuery(trpc.consents.list.queryOptions(reachable ? { customerId } : skipToken));
  if (!reachable || !consents.data) return null;
  const withdrawal = replyWithdrawal(consents.data.current, channel);
  if (!withdrawal) return null;
  const values = {
    date: formatDate(withdrawal.at, i18n.language),
    how: t(`consent.how.${withdrawal.how}`),
    channel: t(`channels.${channel}`),
  };
  return (
    <div className="consent-warning" role="alert">
      <p>{t(withdrawal.channel === null ? "consent.warningAllChannels" : "consent.warning", values)}</p>
      <p className="small-text">
        {withdrawal.note ? `${t("consent.note", { note: withdrawal.note })} ` : null}
        {t("consent.warningHint")}
      </p>
    </div>
  );
}
