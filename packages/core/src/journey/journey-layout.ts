import { CHANNELS, type Channel, type ConversationStatus, type Direction } from "../channel/channel.ts";
import { slaState } from "../conversation/sla.ts";
import type { WaitingEvent } from "../conversation/waiting.ts";
import { pastWaits } from "./journey-waits.ts";
import { shareOf, type TimeRange } from "./journey-range.ts";

/** One conversation as the journey API gives it. */
export interface JourneyConversationFacts {
  id: string;
  channel: Channel;
  subject: string | null;
  status: ConversationStatus;
  createdAt: Date;
  lastMessageAt: Date;
  resolvedAt: Date | null;
  /** The queue's clock now: the customer's first unanswered message, or null. */
  waitingSince: Date | null;
  responseTargetMinutes: number;
  /** When the answer is due under the desk's hours; null while nobody waits. */
  responseDueAt: Date | null;
  items: readonly { at: Date; direction: Direction; clock: WaitingEvent["kind"] | null }[];
}

/** A stretch the customer waited for us longer than the response target. */
export interface JourneyGap {
  from: Date;
  to: Date;
  x0: number;
  x1: number;
  waitedMs: number;
  /** Still waiting now. */
  ongoing: boolean;
}

/** The response target of a conversation someone waits on now: when it is due, and how it stands. */
export interface JourneyClock {
  state: "ok" | "due_soon" | "breached";
  waitingSince: Date;
  dueAt: Date;
  /** Where the due time sits in the range; null when after its end. */
  x: number | null;
}

export interface JourneyBar {
  conversationId: string;
  channel: Channel;
  subject: string | null;
  status: ConversationStatus;
  start: Date;
  end: Date;
  /** Not resolved: the bar runs to now. */
  ongoing: boolean;
  x0: number;
  x1: number;
  /** The response target the gaps are measured against. */
  targetMinutes: number;
  /** Which row of its lane the bar sits in, so bars that overlap in time do not hide each other. */
  row: number;
  marks: { at: Date; x: number; direction: Direction }[];
  gaps: JourneyGap[];
  clock: JourneyClock | null;
}

export interface JourneyLane {
  channel: Channel;
  rows: number;
  bars: JourneyBar[];
}

export interface JourneyLayout {
  range: TimeRange;
  lanes: JourneyLane[];
}

/**
 * A customer's conversations drawn on a time range: one lane per channel they used in it (in the
 * channel list's order), a bar per conversation from its start to its resolution (or to now),
 * its items as marks, every wait longer than the response target as a gap, and the clock of
 * whatever they wait on now. Positions are shares of the range (0–1), for any drawing size.
 */
export function layoutJourney(props: {
  conversations: readonly JourneyConversationFacts[];
  range: TimeRange;
  now: Date;
}): JourneyLayout {
  const { range, now } = props;
  const bars = props.conversations
    .map((c) => barOf(c, range, now))
    .filter((bar) => bar.end >= range.from && bar.start <= range.to)
    .sort(
      (a, b) => a.start.getTime() - b.start.getTime() || a.conversationId.localeCompare(b.conversationId),
    );
  const lanes = CHANNELS.flatMap((channel): JourneyLane[] => {
    const laneBars = bars.filter((bar) => bar.channel === channel);
    if (laneBars.length === 0) return [];
    return [{ channel, rows: stackRows(laneBars), bars: laneBars }];
  });
  return { range, lanes };
}

function barOf(c: JourneyConversationFacts, range: TimeRange, now: Date): JourneyBar {
  const ongoing = c.status !== "resolved";
  const end = ongoing ? now : latest(c.resolvedAt ?? c.lastMessageAt, c.lastMessageAt);
  const targetMs = c.responseTargetMinutes * 60_000;
  const clockEvents = c.items.flatMap((item) =>
    item.clock === null ? [] : [{ kind: item.clock, at: item.at }],
  );
  const waits = pastWaits(clockEvents).map((wait) => ({ ...wait, ongoing: false }));
  if (c.waitingSince !== null) waits.push({ from: c.waitingSince, to: now, ongoing: true });
  const gaps = waits
    .filter((wait) => wait.to.getTime() - wait.from.getTime() > targetMs)
    .filter((wait) => wait.to >= range.from && wait.from <= range.to)
    .map((wait) => ({
      ...wait,
      x0: shareOf(range, wait.from),
      x1: shareOf(range, wait.to),
      waitedMs: wait.to.getTime() - wait.from.getTime(),
    }));
  return {
    conversationId: c.id,
    channel: c.channel,
    subject: c.subject,
    status: c.status,
    start: c.createdAt,
    end,
    ongoing,
    x0: shareOf(range, c.createdAt),
    x1: shareOf(range, end),
    targetMinutes: c.responseTargetMinutes,
    row: 0,
    marks: c.items
      .filter((item) => item.at >= range.from && item.at <= range.to)
      .map((item) => ({ at: item.at, x: shareOf(range, item.at), direction: item.direction })),
    gaps,
    clock: clockOf(c, range, now),
  };
}

function clockOf(c: JourneyConversationFacts, range: TimeRange, now: Date): JourneyClock | null {
  const sla = slaState({ dueAt: c.responseDueAt, targetMinutes: c.responseTargetMinutes, now });
  if (sla.state === "none" || c.waitingSince === null) return null;
  return {
    state: sla.state,
    waitingSince: c.waitingSince,
    dueAt: sla.dueAt,
    x: sla.dueAt > range.to ? null : shareOf(range, sla.dueAt),
  };
}

/** Puts each bar (sorted by start) in the first row free at its start; returns the rows used. */
function stackRows(bars: JourneyBar[]): number {
  const rowEnds: Date[] = [];
  for (const bar of bars) {
    const free = rowEnds.findIndex((end) => end < bar.start);
    bar.row = free === -1 ? rowEnds.length : free;
    rowEnds[bar.row] = bar.end;
  }
  return rowEnds.length;
}

function latest(a: Date, b: Date): Date {
  return a >= b ? a : b;
}
