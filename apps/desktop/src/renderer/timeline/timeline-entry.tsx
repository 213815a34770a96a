import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Delivery, TimelineItem } from "../api/router-types.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatDateTime } from "../ui/format.ts";
import { CallDetails } from "./call-details.tsx";
import { CollapsibleBody } from "./collapsible-body.tsx";
import { AttachmentList } from "./attachment-list.tsx";
import { DeliveryStatus } from "./delivery-status.tsx";
import {
  attachedNameOf,
  attachmentsOf,
  automatedOf,
  callOf,
  consentRefusalOf,
  mailRecipientsOf,
  mergedNameOf,
  redactionOf,
  simulatedDelivery,
  statusChangeOf,
} from "./item-metadata.ts";
import { MailBody } from "./mail-body.tsx";
import { MailRecipientsLine } from "./mail-recipients-line.tsx";
import { EditHistory } from "./edit-history.tsx";
import { RedactionNote } from "./redaction-note.tsx";
import { RemovalNote } from "./removal-note.tsx";
import { RestoreNote, SolutionTag } from "../forum/post-notes.tsx";
import { editsOf, receiptOf, removalOf, visibilityOf } from "./social-metadata.ts";

interface TimelineEntryProps {
  item: TimelineItem;
  /** The outbox state of an outbound reply, when known. */
  delivery?: Delivery | undefined;
  /** The conversation's customer, for refreshing after a retried delivery. */
  customerId?: string | undefined;
  /**
   * The customer's name, for items whose channel gave none (a call); null for an unknown caller's
   * conversation. Omitted where the customer is not known here.
   */
  customerName?: string | null | undefined;
  /** In a thread the channel is the conversation's; the timeline shows it per item. */
  showChannel?: boolean;
  /** The item a search led to: marked until the agent moves on. */
  highlighted?: boolean;
}

/** One message, call, note or system event; inbound, outbound and internal look different. */
export function TimelineEntry({
  item,
  delivery,
  customerId,
  customerName,
  showChannel = true,
  highlighted = false,
}: TimelineEntryProps) {
  const { t, i18n } = useTranslation();
  const author = authorName(item, customerName, t);
  const found = highlighted ? " search-found" : "";

  if (
    item.kind === "status_change" ||
    item.kind === "assignment" ||
    item.kind === "merge" ||
    item.kind === "unmerge" ||
    item.kind === "caller_attached"
  ) {
    return (
      <div className={`entry system${found}`} data-kind={item.kind} data-event-id={item.id}>
        <span>{systemText(item, t, i18n.language)}</span>
        <span className="muted">
          {t("timeline.by", { name: author })} ·{" "}
          <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, i18n.language)}</time>
        </span>
      </div>
    );
  }

  const call = callOf(item);
  const attachments = attachmentsOf(item);
  const automated = automatedOf(item);
  const edits = editsOf(item);
  const removal = removalOf(item);
  const redaction = redactionOf(item);
  const social = item.channel === "facebook" || item.channel === "twitter";
  const visibility = social && item.direction === "outbound" ? visibilityOf(item) : null;
  const recipients = item.direction === "outbound" ? mailRecipientsOf(item) : null;
  return (
    <article
      className={`entry ${item.direction}${found}`}
      data-kind={item.kind}
      data-event-id={item.id}
      data-channel={item.channel}
      aria-label={`${t(`timeline.${item.direction}`)} ${t(`kinds.${item.kind}`)}`}
    >
      <header className="entry-head">
        <span className="direction">{t(`timeline.${item.direction}`)}</span>
        {showChannel ? <ChannelBadge channel={item.channel} compact /> : null}
        <span className="kind">{t(`kinds.${item.kind}`)}</span>
        {automated ? (
          <span className="tag automated">
            {t(automated === "bounce" ? "timeline.bounce" : "timeline.automated")}
          </span>
        ) : null}
        {visibility ? (
          <span className={`tag visibility-badge visibility-${visibility}`}>
            {t(`social.badge.${visibility}`)}
          </span>
        ) : null}
        <SolutionTag item={item} />
        <span className="author">{author}</span>
        <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, i18n.language)}</time>
        {edits && !removal?.purged ? <EditHistory edits={edits.edits} editedAt={edits.editedAt} /> : null}
      </header>
      {item.subject ? <div className="entry-subject">{item.subject}</div> : null}
      {recipients ? <MailRecipientsLine recipients={recipients} /> : null}
      {call ? <CallDetails itemId={item.id} call={call} /> : null}
      {item.html ? (
        <CollapsibleBody itemId={item.id} text={item.text}>
          <MailBody html={item.html} />
        </CollapsibleBody>
      ) : item.text && !call?.transcript ? (
        <CollapsibleBody itemId={item.id} text={item.text}>
          <p className="entry-text">{item.text}</p>
        </CollapsibleBody>
      ) : null}
      {redaction ? <RedactionNote redaction={redaction} /> : null}
      {removal ? <RemovalNote removal={removal} channel={item.channel} /> : null}
      <RestoreNote item={item} />
      {attachments.length > 0 ? <AttachmentList itemId={item.id} attachments={attachments} /> : null}
      {delivery && item.conversationId ? (
        <DeliveryStatus
          delivery={delivery}
          conversationId={item.conversationId}
          customerId={customerId ?? ""}
          simulated={simulatedDelivery(item)}
          receipt={receiptOf(item)}
          refusal={consentRefusalOf(item)}
        />
      ) : null}
    </article>
  );
}

// i18next's own TFunction: the hook's return type instantiates every key and grew too deep for tsc.
type Translate = TFunction;

/**
 * Who an item is from: the agent (an Emma user, or as the phone system named them), our channel when
 * nobody is named, or the customer, by the name the channel gave or else the customer's own.
 */
function authorName(item: TimelineItem, customerName: string | null | undefined, t: Translate): string {
  switch (item.author.type) {
    case "user":
    case "agent":
      return item.author.name;
    case "channel":
      return t("timeline.ourChannel");
    case "customer":
      if (item.author.name) return item.author.name;
      if (customerName) return customerName;
      return customerName === null && item.channel === "phone"
        ? t("call.unknownCaller")
        : t("common.unknown");
    default: {
      const unreachable: never = item.author;
      return unreachable;
    }
  }
}

function systemText(item: TimelineItem, t: Translate, language: string): string {
  switch (item.kind) {
    case "status_change": {
      const change = statusChangeOf(item);
      if (!change) return t("kinds.status_change");
      if (change.reason === "snooze_ended") return t("timeline.snoozeEnded");
      if (change.to === "snoozed" && change.snoozedUntil)
        return t("timeline.snoozedUntil", { date: formatDateTime(change.snoozedUntil, language) });
      return t("timeline.statusChanged", {
        from: t(`statuses.${change.from}`),
        to: t(`statuses.${change.to}`),
      });
    }
    case "assignment":
      return t("timeline.assignmentChanged");
    case "merge":
      return t("timeline.merged", { name: recordedName(mergedNameOf(item), t) });
    case "unmerge":
      return t("timeline.unmerged", { name: recordedName(mergedNameOf(item), t) });
    case "caller_attached":
      return t("timeline.callerAttached", { name: recordedName(attachedNameOf(item), t) });
    case "message":
    case "call":
    case "voicemail":
    case "forum_post":
    case "note":
      return t(`kinds.${item.kind}`);
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

/** A name a system item recorded; an erasure empties it, unreadable metadata gives none. */
function recordedName(name: string | null, t: Translate): string {
  if (name === "") return t("erasure.erasedPerson");
  return name ?? t("common.unknown");
}
