import type { JourneyLayout } from "@emma/core";
import { useTranslation } from "react-i18next";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatDateTime } from "../ui/format.ts";
import type { JourneyConversation } from "./journey-facts.ts";
import { formatWaitSpan } from "./wait-span.ts";

/** The picture's facts as a table: the same conversations, waits and clocks, for reading aloud. */
export function JourneyTable({
  layout,
  conversations,
  onOpen,
}: {
  layout: JourneyLayout;
  conversations: readonly JourneyConversation[];
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const byId = new Map(conversations.map((c) => [c.id, c]));
  const bars = layout.lanes
    .flatMap((lane) => lane.bars)
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  const when = (iso: string | null) =>
    iso === null ? t("journey.none") : formatDateTime(iso, i18n.language);
  return (
    <table className="journey-table">
      <thead>
        <tr>
          {(["channel", "subject", "status", "start", "firstResponse", "end", "waits", "sla"] as const).map(
            (key) => (
              <th key={key} scope="col">
                {t(`journey.columns.${key}`)}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const conversation = byId.get(bar.conversationId);
          const target = formatWaitSpan(bar.targetMinutes * 60_000, i18n.language);
          return (
            <tr key={bar.conversationId}>
              <td>
                <ChannelBadge channel={bar.channel} />
              </td>
              <td>
                <button
                  type="button"
                  className="journey-open-link"
                  onClick={() => onOpen(bar.conversationId)}
                >
                  {bar.subject ?? t("journey.untitled")}
                </button>
              </td>
              <td>{t(`statuses.${bar.status}`)}</td>
              <td>{formatDateTime(bar.start.toISOString(), i18n.language)}</td>
              <td>{when(conversation?.firstResponseAt ?? null)}</td>
              <td>{when(conversation?.resolvedAt ?? null)}</td>
              <td>
                {bar.gaps.length === 0
                  ? t("journey.none")
                  : bar.gaps
                      .map((gap) =>
                        t(gap.ongoing ? "journey.gapOngoing" : "journey.gapTitle", {
                          duration: formatWaitSpan(gap.waitedMs, i18n.language),
                          target,
                        }),
                      )
                      .join("; ")}
              </td>
              <td>
                {bar.clock ? (
                  <span className={`sla-badge sla-${bar.clock.state}`}>
                    {t("journey.clockTitle", {
                      date: formatDateTime(bar.clock.dueAt.toISOString(), i18n.language),
                    })}
                  </span>
                ) : (
                  t("journey.none")
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
