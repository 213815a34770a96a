import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatListTime } from "../ui/format.ts";
import type { IncomingCall } from "./call-store.ts";

/**
 * A first-time caller becomes a customer named after the number, with nothing on record: no products
 * and a name without letters. The pop says it is a new number, next to that name.
 */
function isNewNumber(customer: Customer360): boolean {
  return customer.products.length === 0 && !/\p{L}/u.test(customer.displayName);
}

interface ScreenPopCardProps {
  call: IncomingCall;
  onOpen: (call: IncomingCall) => void;
  onDismiss: (call: IncomingCall) => void;
}

/**
 * One ringing call. It never takes the keyboard: the agent may be typing a reply when it rings, and
 * the next keystroke must land there. It is opened or dismissed by mouse or by Alt+Enter and
 * Alt+Delete (see ScreenPops).
 */
export function ScreenPopCard({ call, onOpen, onDismiss }: ScreenPopCardProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const customerId = call.customerId;
  const customer = useQuery(
    trpc.customers.get.queryOptions({ customerId: customerId ?? "" }, { enabled: customerId !== null }),
  );
  const recent = useQuery(
    trpc.timeline.list.queryOptions(
      { customerId: customerId ?? "", limit: 4 },
      { enabled: customerId !== null },
    ),
  );
  // An anonymous caller is nobody yet; a known one is named as soon as the customer is loaded, and
  // shown by the number until then, never as "unknown".
  const name =
    customerId === null ? t("call.unknownCaller") : (customer.data?.displayName ?? (call.from || "…"));
  const known = customer.data;
  // The ringing call itself is the newest item; the three contacts before it are what helps.
  const lastContacts = (recent.data?.items ?? []).filter((item) => item.id !== call.eventId).slice(0, 3);

  return (
    <section
      className="screen-pop"
      aria-labelledby={`pop-${call.eventId}`}
      aria-describedby={`pop-desc-${call.eventId}`}
      data-testid="screen-pop"
    >
      <header>
        <span className="ring" aria-hidden="true" />
        <h2 id={`pop-${call.eventId}`}>{t("call.incoming")}</h2>
        <button
          type="button"
          className="ghost small"
          onClick={() => onDismiss(call)}
          aria-label={t("call.dismiss")}
          aria-keyshortcuts="Alt+Delete"
        >
          ✕
        </button>
      </header>
      <p id={`pop-desc-${call.eventId}`} className="caller">
        <strong>{name}</strong>
        {known && isNewNumber(known) ? <span className="muted"> · {t("call.newNumber")}</span> : null}
        {/* A withheld caller's "number" is the provider's stand-in (anonymous, +266696687): not shown. */}
        {customerId !== null && call.from && call.from !== name ? (
          <span className="muted"> {t("call.from", { number: call.from })}</span>
        ) : null}
      </p>
      {known && known.openConversations.length > 0 ? (
        <div>
          <h3>{t("call.openConversations")}</h3>
          <ul className="pop-list">
            {known.openConversations.slice(0, 3).map((conversation) => (
              <li key={conversation.id}>
                <ChannelBadge channel={conversation.channel} compact />{" "}
                {conversationTitle({ ...conversation, customerName: known.displayName }, t)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {lastContacts.length > 0 ? (
        <div>
          <h3>{t("call.lastContacts")}</h3>
          <ul className="pop-list">
            {lastContacts.map((item) => (
              <li key={item.id}>
                <ChannelBadge channel={item.channel} compact /> {item.subject ?? item.text.slice(0, 60)}{" "}
                <span className="muted">{formatListTime(item.occurredAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button
        type="button"
        className="primary"
        onClick={() => onOpen(call)}
        aria-keyshortcuts="Alt+Enter"
        disabled={customerId === null && call.conversationId === null}
      >
        {t("call.open")}
      </button>
      <span className="muted small-text"> {t("call.openHint")}</span>
    </section>
  );
}
