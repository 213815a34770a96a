import type { JourneyBar, JourneyLayout } from "@emma/core";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { journeyTicks } from "./journey-ticks.ts";
import { formatWaitSpan } from "./wait-span.ts";

const WIDTH = 1000;
const PLOT_X0 = 130;
const PLOT_X1 = 980;
const AXIS_H = 30;
const ROW_H = 26;
const BAR_H = 14;
const LANE_PAD = 10;

const xOf = (share: number) => PLOT_X0 + share * (PLOT_X1 - PLOT_X0);

/**
 * The journey as a picture: a lane per channel, a bar per conversation, dots for the customer's
 * messages (above) and ours (below), red bands where they waited past the target, and a clock line
 * where an answer is due. Every bar is a focusable button with its facts as its name.
 */
export function JourneyChart({ layout, onOpen }: { layout: JourneyLayout; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const laneTops = layout.lanes.reduce<number[]>(
    (tops, lane, i) => [...tops, (tops[i] ?? AXIS_H) + lane.rows * ROW_H + 2 * LANE_PAD],
    [AXIS_H],
  );
  const height = laneTops.at(-1) ?? AXIS_H;
  return (
    <svg
      className="journey-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={t("journey.chartLabel")}
    >
      {journeyTicks(layout.range, PLOT_X1 - PLOT_X0).map((tick, i, all) => (
        <g key={tick.getTime()} className="journey-tick" aria-hidden="true">
          <line x1={xOf(i / (all.length - 1))} x2={xOf(i / (all.length - 1))} y1={AXIS_H - 6} y2={height} />
          <text
            x={xOf(i / (all.length - 1))}
            y={AXIS_H - 10}
            textAnchor={i === 0 ? "start" : i === all.length - 1 ? "end" : "middle"}
          >
            {formatDate(tick.toISOString(), i18n.language)}
          </text>
        </g>
      ))}
      {layout.lanes.map((lane, i) => {
        const top = laneTops[i] ?? AXIS_H;
        return (
          <g key={lane.channel} className={`journey-lane channel-${lane.channel}`}>
            <rect
              className="journey-lane-bg"
              x={0}
              y={top}
              width={WIDTH}
              height={lane.rows * ROW_H + 2 * LANE_PAD}
            />
            <text className="journey-lane-label" x={8} y={top + LANE_PAD + ROW_H / 2 + 4}>
              {t(`channels.${lane.channel}`)}
            </text>
            {lane.bars.map((bar) => (
              <BarShape
                key={bar.conversationId}
                bar={bar}
                y={top + LANE_PAD + bar.row * ROW_H + (ROW_H - BAR_H) / 2}
                onOpen={onOpen}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function BarShape({ bar, y, onOpen }: { bar: JourneyBar; y: number; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const x0 = xOf(bar.x0);
  // A conversation of a few minutes still gets a bar one can see and click.
  const width = Math.max(6, xOf(bar.x1) - x0);
  const subject = bar.subject ?? t("journey.untitled");
  const label = t("journey.barTitle", {
    channel: t(`channels.${bar.channel}`),
    subject,
    status: t(`statuses.${bar.status}`),
    start: formatDateTime(bar.start.toISOString(), i18n.language),
    end: bar.ongoing ? t("journey.ongoing") : formatDateTime(bar.end.toISOString(), i18n.language),
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onOpen(bar.conversationId);
  };
  return (
    <g
      className={`journey-bar status-${bar.status}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={() => onOpen(bar.conversationId)}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
      {/* A larger target than the bar: a conversation of minutes is a sliver on a year's range. */}
      <rect className="journey-bar-hit" x={x0 - 5} y={y - 9} width={width + 10} height={BAR_H + 18} rx={4} />
      <rect className="journey-bar-body" x={x0} y={y} width={width} height={BAR_H} rx={3} />
      {width > 90 ? (
        <text className="journey-bar-text" x={x0 + 5} y={y + BAR_H - 3.5}>
          {subject.length > width / 7 ? `${subject.slice(0, Math.floor(width / 7) - 1)}…` : subject}
        </text>
      ) : null}
      {bar.gaps.map((gap) => {
        const duration = formatWaitSpan(gap.waitedMs, i18n.language);
        const target = formatWaitSpan(bar.targetMinutes * 60_000, i18n.language);
        return (
          <rect
            key={gap.from.getTime()}
            className="journey-gap"
            x={xOf(gap.x0)}
            y={y + BAR_H + 1}
            width={Math.max(6, xOf(gap.x1) - xOf(gap.x0))}
            height={4}
          >
            <title>{t(gap.ongoing ? "journey.gapOngoing" : "journey.gapTitle", { duration, target })}</title>
          </rect>
        );
      })}
      {bar.marks.map((mark, i) => (
        <circle
          key={`${mark.at.getTime()}-${i}`}
          className={`journey-mark mark-${mark.direction}`}
          cx={xOf(mark.x)}
          cy={mark.direction === "inbound" ? y : y + BAR_H}
          r={2.5}
        />
      ))}
      {bar.clock ? (
        <g className={`journey-clock sla-${bar.clock.state}`}>
          <title>
            {t("journey.clockTitle", { date: formatDateTime(bar.clock.dueAt.toISOString(), i18n.language) })}
          </title>
          <line x1={xOf(bar.clock.x ?? 1)} x2={xOf(bar.clock.x ?? 1)} y1={y - 5} y2={y + BAR_H + 5} />
          <circle cx={xOf(bar.clock.x ?? 1)} cy={y - 6} r={4} />
        </g>
      ) : null}
    </g>
  );
}
