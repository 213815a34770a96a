import { useTranslation } from "react-i18next";
import { colleaguesIn, type PresenceEntries } from "../presence/presence-model.ts";
import { WaitAndSla } from "../queues/wait-and-sla.tsx";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatDateTime } from "../ui/format.ts";
import type { LiveAgent } from "./live-types.ts";

interface LiveAgentCardProps {
  agent: LiveAgent;
  /** Presence heard on the realtime stream: who is in which conversation this moment. */
  presence: PresenceEntries;
  meId: string | null;
  now: Date;
  selected: ReadonlySet<string>;
  onToggle: (conversationIds: readonly string[], on: boolean) => void;
  onOpen: (conversationId: string, customerId: string | null) => void;
}

/** One agent: at the desk or not, and their open conversations, each to tick for reassigning. */
export function LiveAgentCard({
  agent,
  presence,
  meId,
  now,
  selected,
  onToggle,
  onOpen,
}: LiveAgentCardProps) {
  const { t, i18n } = useTranslation();
  const ids = agent.conversations.map((c) => c.id);
  const allTicked = ids.length > 0 && ids.every((id) => selected.has(id));
  const headingId = `live-agent-${agent.userId}`;
  return (
    <section className="live-agent" aria-labelledby={headingId}>
      <div className="live-agent-head">
        {ids.length > 0 ? (
          <input
            type="checkbox"
            checked={allTicked}
            aria-label={t("live.selectAll", { name: agent.displayName })}
            onChange={(event) => onToggle(ids, event.target.checked)}
          />
        ) : null}
        <h3 id={headingId}>{agent.displayName}</h3>
        <span
          className={`presence-badge presence-${agent.presence}`}
          title={
            agent.lastSeenAt === null
              ? undefined
              : t("live.lastSeen", { time: formatDateTime(agent.lastSeenAt, i18n.language) })
          }
        >
          {t(`live.presence.${agent.presence}`)}
        </span>
        <span className="muted small-text">{t("live.openCount", { count: ids.length })}</span>
      </div>
      {agent.conversations.length === 0 ? (
        <p className="muted small-text">{t("live.noConversations")}</p>
      ) : (
        <ul className="live-conversations">
          {agent.conversations.map((c) => {
            const subject = c.subject ?? t("journey.untitled");
            const here = colleaguesIn(presence, c.id, meId, now.getTime());
            return (
              <li key={c.id}>
                <input
                  type="checkbox"
                  checked={selected.has(c.id)}
                  aria-label={t("live.select", { subject })}
                  onChange={(event) => onToggle([c.id], event.target.checked)}
                />
                <span>
                  <ChannelBadge channel={c.channel} compact />{" "}
                  <button
                    type="button"
                    className="journey-open-link"
                    onClick={() => onOpen(c.id, c.customerId)}
                  >
                    {subject}
                  </button>{" "}
                  <span className="muted">· {c.customerName ?? t("call.unknownCaller")}</span>
                </span>
                <span className="live-line">
                  <WaitAndSla
                    waitingSince={c.waitingSince}
                    responseTargetMinutes={c.responseTargetMinutes}
                    responseDueAt={c.responseDueAt}
                    now={now}
                  />
                  {here.map((colleague) => (
                    <span key={colleague.userId} className="muted small-text">
                      {" "}
                      · {colleague.displayName}{" "}
                      {colleague.activity === "viewing" ? t("live.inConversation") : t("live.typing")}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
