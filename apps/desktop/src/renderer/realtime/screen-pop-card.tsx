import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatListTime } from "../ui/format.ts";
import { useCallStore, type IncomingCall } from "./call-store.ts";

/**
 * An unknown caller becomes a new customer named after the number, with nothing on record: no
 * products and a name without letters. Such a caller is shown as "Unbekannte Nummer".
 */
function isUnknownCaller(customer: Customer360 | undefined): boolean {
  return customer === undefined || (customer.products.length === 0 && !/\p{L}/u.test(customer.displayName));
}

export function ScreenPopCard({ call, autoFocus }: { call: IncomingCall; autoFocus: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const openCustomer = useUiStore((state) => state.openCustomer);
  const openConversation = useUiStore((state) => state.openConversation);
  const dismiss = useCallStore((state) => state.dismiss);
  const openRef = useRef<HTMLButtonElement>(null);
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
  const unknown = isUnknownCaller(customer.data);
  // The ringing call itself is the newest item; the three contacts before it are what helps.
  const lastContacts = (recent.data?.items ?? []).filter((item) => item.id !== call.eventId).slice(0, 3);

  useEffect(() => {
    // Enter then opens the caller at once: the agent is on the phone and has no hand for the mouse.
    if (autoFocus) openRef.current?.focus();
  }, [autoFocus]);

  const open = () => {
    if (customerId && call.conversationId) openConversation(call.conversationId, customerId);
    else if (customerId) openCustomer(customerId);
    dismiss(call.eventId);
  };

  return (
    <section
      className="screen-pop"
      role="alertdialog"
      aria-labelledby={`pop-${call.eventId}`}
      aria-describedby={`pop-desc-${call.eventId}`}
    >
      <header>
        <span className="ring" aria-hidden="true" />
        <h2 id={`pop-${call.eventId}`}>{t("call.incoming")}</h2>
        <button
          type="button"
          className="ghost small"
          onClick={() => dismiss(call.eventId)}
          aria-label={t("call.dismiss")}
        >
          ✕
        </button>
      </header>
      <p id={`pop-desc-${call.eventId}`} className="caller">
        <strong>{unknown ? t("call.unknownNumber") : customer.data?.displayName}</strong>
        {call.from ? <span className="muted"> {t("call.from", { number: call.from })}</span> : null}
      </p>
      {!unknown && customer.data && customer.data.openConversations.length > 0 ? (
        <div>
          <h3>{t("call.openConversations")}</h3>
          <ul className="pop-list">
            {customer.data.openConversations.slice(0, 3).map((conversation) => (
              <li key={conversation.id}>
                <ChannelBadge channel={conversation.channel} compact />{" "}
                {conversation.subject ?? t("conversation.noSubject")}
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
        ref={openRef}
        type="button"
        className="primary"
        onClick={open}
        aria-keyshortcuts="Enter"
        disabled={customerId === null}
      >
        {t("call.open")}
      </button>
      {customerId !== null ? <span className="muted small-text"> {t("call.openHint")}</span> : null}
    </section>
  );
}
