import { JOURNEY_SPANS, journeyRange, layoutJourney, type JourneySpan } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useNow } from "../ui/use-now.ts";
import { JourneyChart } from "./journey-chart.tsx";
import { firstCreatedAt, journeyFacts } from "./journey-facts.ts";
import { JourneyLegend } from "./journey-legend.tsx";
import { JourneyTable } from "./journey-table.tsx";

/**
 * A customer's whole history in one picture (or table): every conversation on every channel,
 * zoomed to the last 30 or 90 days or all of it. The data is fetched once; zooming only redraws.
 */
export function JourneyView({
  customerId,
  onOpen,
}: {
  customerId: string;
  onOpen: (conversationId: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const journey = useQuery(trpc.customers.journey.queryOptions({ customerId }));
  const [span, setSpan] = useState<JourneySpan>("90d");
  const [asTable, setAsTable] = useState(false);
  const now = useNow(60_000);
  const conversations = journey.data?.conversations;
  const layout = useMemo(() => {
    if (!conversations) return null;
    const range = journeyRange(span, now, firstCreatedAt(conversations));
    return layoutJourney({ conversations: journeyFacts(conversations), range, now });
  }, [conversations, span, now]);

  if (journey.error)
    return (
      <div>
        <p>{t("journey.loadError")}</p>
        <ErrorNote error={journey.error} />
      </div>
    );
  if (!layout || !conversations) return <p className="muted">{t("common.loading")}</p>;
  return (
    <div className="journey-view">
      <div className="journey-controls">
        <div className="status-filter" role="group" aria-label={t("journey.spanLabel")}>
          {JOURNEY_SPANS.map((value) => (
            <button
              key={value}
              type="button"
              className="chip"
              aria-pressed={span === value}
              onClick={() => setSpan(value)}
            >
              {t(`journey.spans.${value}`)}
            </button>
          ))}
        </div>
        <div className="status-filter" role="group" aria-label={t("journey.viewLabel")}>
          <button type="button" className="chip" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
            {t("journey.picture")}
          </button>
          <button type="button" className="chip" aria-pressed={asTable} onClick={() => setAsTable(true)}>
            {t("journey.table")}
          </button>
        </div>
      </div>
      {journey.data?.truncated ? (
        <p className="muted">{t("journey.truncated", { count: conversations.length })}</p>
      ) : null}
      {layout.lanes.length === 0 ? (
        <p className="muted">{t("journey.empty")}</p>
      ) : asTable ? (
        <JourneyTable layout={layout} conversations={conversations} onOpen={onOpen} />
      ) : (
        <>
          <JourneyChart layout={layout} onOpen={onOpen} />
          <JourneyLegend />
        </>
      )}
    </div>
  );
}
