import { CUSTOMER_CHANNELS, type ConsentCell, type ConsentRefusal, type CustomerChannel } from "@emma/core";
import type { TFunction } from "i18next";
import { formatDate } from "../ui/format.ts";

export function channelWords(channel: CustomerChannel | null, t: TFunction): string {
  return channel === null ? t("consent.allChannels") : t(`channels.${channel}`);
}

/** One cell of the 360's table in words: who decided what, when and how, or the default. */
export function cellWords(cell: ConsentCell, t: TFunction, language: string): string {
  if (cell.deciding === null)
    return t(cell.allowed ? "consent.cell.defaultAllowed" : "consent.cell.defaultRefused");
  return t(`consent.cell.${cell.deciding.state}`, {
    date: formatDate(cell.deciding.at, language),
    how: t(`consent.how.${cell.deciding.how}`),
  });
}

/** Why the outbox did not send a reply, in the agent's language. */
export function refusalWords(refusal: ConsentRefusal, t: TFunction, language: string): string {
  return t("consent.refused", {
    date: formatDate(refusal.since, language),
    how: t(`consent.how.${refusal.how}`),
    channel: t(`channels.${refusal.channel}`),
    purpose: t(`consent.purposeLong.${refusal.purpose}`),
  });
}

/**
 * The withdrawal that stops a reply on this channel now, for the composer's warning; null while
 * service messages may go. Replies are service messages.
 */
export function replyWithdrawal(cells: readonly ConsentCell[], channel: CustomerChannel) {
  const cell = cells.find((c) => c.channel === channel && c.purpose === "service");
  return cell && !cell.allowed && cell.deciding?.state === "withdrawn" ? cell.deciding : null;
}

/** The channels the customer has an identity on, in core's order: the rows of the 360's table. */
export function reachableChannels(identities: readonly { kind: string }[]): CustomerChannel[] {
  return CUSTOMER_CHANNELS.filter((channel) => identities.some((identity) => identity.kind === channel));
}
