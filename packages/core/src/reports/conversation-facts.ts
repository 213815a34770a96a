import type { Channel, CustomerChannel, Priority } from "../channel/channel.ts";
import type { Clock } from "./business-hours.ts";

/**
 * One conversation as the reports read it: its row as it stands now. A reopened conversation has
 * no resolution until it is resolved again (reopening clears it), so `resolvedAt` is always the
 * last, still valid resolution.
 */
export interface ConversationFact {
  id: string;
  /** The customer the row is filed under (before following merges); null: an unknown caller's. */
  customerId: string | null;
  channel: Channel;
  priority: Priority;
  teamId: string | null;
  assigneeId: string | null;
  createdAt: Date;
  lastMessageAt: Date;
  /** The customer's last message or call; null: they never wrote or called (our own outreach). */
  lastInboundAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** When a forum topic's answer was marked. */
  solvedAt: Date | null;
  /** A customer, not our staff, wrote the marked answer. */
  solvedByCommunity: boolean;
}

/** A report for one team or agent; neither: everyone's. */
export interface ReportFilter {
  teamId?: string | undefined;
  agentId?: string | undefined;
}

export function narrowedTo(
  fact: Pick<ConversationFact, "teamId" | "assigneeId">,
  filter: ReportFilter,
): boolean {
  return (
    (filter.teamId === undefined || fact.teamId === filter.teamId) &&
    (filter.agentId === undefined || fact.assigneeId === filter.agentId)
  );
}

/**
 * A contact is a conversation the customer started or took part in (they wrote or called at least
 * once). A conversation reopened by a new message stays one contact: the customer did not start
 * over. Our own outreach that the customer never answered is not a contact; internal
 * conversations are not contacts either.
 */
export function isContact<F extends Pick<ConversationFact, "lastInboundAt" | "channel">>(
  fact: F,
): fact is F & { channel: CustomerChannel } {
  return fact.lastInboundAt !== null && fact.channel !== "internal";
}

/** Minutes by the report's clock (calendar or business hours), never negative. */
export function minutesBetween(clock: Clock, from: Date, to: Date): number {
  return clock(from, to) / 60_000;
}

/**
 * The nearest-rank percentile of an ascending list: the smallest value with at least `p` of the
 * sample at or below it, always a measured value; null for an empty sample. The rank is worked out
 * in floating point exactly as PostgreSQL's `percentile_disc` does, so both agree on every sample.
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}

/** Earlier first, then by id: the order conversations are listed behind a number. */
export function byTimeThenId(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
