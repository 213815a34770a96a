import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { CommunityPanel } from "../community/community-panel.tsx";
import { MacroPanel } from "../macros/macro-panel.tsx";
import { usePresenceReporter } from "../presence/use-presence-reporter.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { SolutionBanner } from "../forum/solution-banner.tsx";
import { Composer } from "./composer.tsx";
import { ConversationHeader } from "./conversation-header.tsx";
import { ReconnectBanner } from "./reconnect-banner.tsx";
import { Thread } from "./thread.tsx";
import { useColleagues } from "../presence/use-colleagues.ts";

export function ConversationPane() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const conversationId = useUiStore((state) => state.conversationId);
  const reportTyping = usePresenceReporter(conversationId);
  const colleagues = useColleagues(conversationId ?? "");
  const query = useQuery(
    trpc.conversations.get.queryOptions(
      { conversationId: conversationId ?? "" },
      {
        enabled: conversationId !== null,
        // The outbox sends in the background and a delivery change need not come as an event:
        // while a reply waits, look again now and then so its state does not go stale on screen.
        refetchInterval: (query) =>
          query.state.data?.deliveries.some((d) => d.status === "queued" || d.status === "sending")
            ? 10_000
            : false,
      },
    ),
  );

  return (
    <main className="pane conversation-pane" id="main" aria-label={t("conversation.threadLabel")}>
      {conversationId === null ? (
        <p className="pane-note center">{t("conversation.empty")}</p>
      ) : query.isPending ? (
        <p className="pane-note">{t("common.loading")}</p>
      ) : query.isError ? (
        <ErrorNote error={query.error} />
      ) : (
        <>
          <ConversationHeader conversation={query.data.conversation} colleagues={colleagues} />
          <ReconnectBanner connection={query.data.connection} />
          <SolutionBanner conversation={query.data.conversation} />
          <Thread
            conversationId={query.data.conversation.id}
            items={query.data.items}
            deliveries={query.data.deliveries}
            customerId={query.data.conversation.customerId}
            customerName={query.data.conversation.customerName}
          />
          <CommunityPanel
            key={`community-${query.data.conversation.id}`}
            conversation={query.data.conversation}
          />
          <MacroPanel key={`macros-${query.data.conversation.id}`} conversation={query.data.conversation} />
          {query.data.customerErased ? (
            <p className="pane-note composer-erased">{t("erasure.noReplies")}</p>
          ) : (
            <Composer
              key={query.data.conversation.id}
              conversation={query.data.conversation}
              replyRules={query.data.replyRules}
              mailRecipients={query.data.mailRecipients}
              colleagues={colleagues}
              onTyping={reportTyping}
            />
          )}
        </>
      )}
    </main>
  );
}
