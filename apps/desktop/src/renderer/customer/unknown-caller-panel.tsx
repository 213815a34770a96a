import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useInvalidateConversation } from "../conversation/use-invalidate-conversation.ts";
import { useDebounced } from "../search/use-debounced.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";

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
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const conversation = useQuery(trpc.conversations.get.queryOptions({ conversationId }));
  const hits = useQuery(
    trpc.customers.search.queryOptions({ query, limit: 8 }, { enabled: query.length >= 2 }),
  );
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
      <label htmlFor={inputId}>{t("customer.attachSearch")}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {hits.isError ? <ErrorNote error={hits.error} /> : null}
      {query.length >= 2 && hits.data?.length === 0 ? <p className="muted">{t("search.noResults")}</p> : null}
      <ul className="attach-hits">
        {(hits.data ?? []).map((hit) => (
          <li key={hit.id}>
            <span className="hit-name">{hit.displayName}</span>
            <span className="muted small-text">
              {hit.identities
                .slice(0, 2)
                .map((identity) => identity.display ?? identity.value)
                .join(" · ")}
            </span>
            <button
              type="button"
              disabled={attach.isPending}
              aria-label={t("customer.attachTo", { name: hit.displayName })}
              onClick={() => attach.mutate({ conversationId, customerId: hit.id })}
            >
              {t("customer.attach")}
            </button>
          </li>
        ))}
      </ul>
      {attach.error ? <ErrorNote error={attach.error} /> : null}
    </section>
  );
}
