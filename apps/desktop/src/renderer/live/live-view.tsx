import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { usePresenceStore } from "../presence/presence-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";
import { useNow } from "../ui/use-now.ts";
import { LiveAgentCard } from "./live-agent-card.tsx";
import { LiveBulkBar } from "./live-bulk-bar.tsx";
import { LiveQueues } from "./live-queues.tsx";

/**
 * The supervisor's live view, a full screen: queues with counts, longest wait and breaches; the
 * agents at work (or holding work) with their open conversations; several at once handed on.
 * Kept current by the realtime stream (queue changes refetch it) and a clock for the waits.
 */
export function LiveView({
  onOpenConversation,
}: {
  onOpenConversation: (conversationId: string, customerId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const overview = useQuery(trpc.live.overview.queryOptions());
  const presence = usePresenceStore((state) => state.entries);
  const now = useNow(15_000);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  if (overview.error)
    return (
      <div className="live-view">
        <p>{t("live.loadError")}</p>
        <ErrorNote error={overview.error} />
      </div>
    );
  if (!overview.data) return <p className="muted">{t("common.loading")}</p>;
  const { queues, agents, at } = overview.data;
  return (
    <div className="live-view">
      <header className="live-head">
        <h1>{t("live.title")}</h1>
        <span className="muted small-text">
          {t("live.updatedAt", { time: formatDateTime(at, i18n.language) })}
        </span>
      </header>
      <LiveQueues queues={queues} now={now} />
      <section aria-labelledby="live-agents">
        <h2 id="live-agents">{t("live.agents")}</h2>
        {agents.length === 0 ? (
          <p className="muted">{t("live.noAgents")}</p>
        ) : (
          <div className="live-agents">
            {agents.map((agent) => (
              <LiveAgentCard
                key={agent.userId}
                agent={agent}
                presence={presence}
                meId={me?.id ?? null}
                now={now}
                selected={selected}
                onToggle={toggle}
                onOpen={onOpenConversation}
              />
            ))}
          </div>
        )}
      </section>
      <LiveBulkBar
        selected={[...selected]}
        onDone={(still) => setSelected(new Set(still))}
        onClear={() => setSelected(new Set())}
      />
    </div>
  );
}
