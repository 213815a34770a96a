import type { CallStatus } from "../call/call-status-rank.ts";
import type { Channel, Priority } from "../channel/channel.ts";

/**
 * Inbound calls or voicemails of one kind and status as they stand now (status merged over all
 * webhooks) that started at `occurredAt`: one call, or a group the database counted.
 */
export interface CallFact {
  kind: "call" | "voicemail";
  status: CallStatus;
  occurredAt: Date;
  calls: number;
  /** Talk time of all of them together; 0 when unknown. */
  durationSeconds: number;
  /** Their conversations, when listed (a drill-down); empty in a counted group. */
  conversationIds: readonly string[];
}

export const FIGURE_UNITS = ["count", "share", "minutes", "seconds"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** One number of a report, for one period, with the conversations behind it. */
export interface Figure {
  /** Stable across periods ("contacts|email|day-3"): how a figure meets its previous value. */
  key: string;
  labels: Readonly<Record<string, string>>;
  unit: FigureUnit;
  /** null: nothing to measure (a median of no conversations). */
  value: number | null;
  /** The drill-down: every conversation the number counts or measures. */
  conversationIds: readonly string[];
}

export function figure(
  key: string,
  labels: Record<string, string>,
  unit: FigureUnit,
  value: number | null,
  conversationIds: readonly string[],
): Figure {
  return { key, labels, unit, value, conversationIds };
}

/** A share of a whole; null when the whole is empty, never a division by zero. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A contact whose first answer came, or is still missing, past its response target. */
export interface SlaBreach {
  conversationId: string;
  customerId: string | null;
  channel: Channel;
  priority: Priority;
  createdAt: Date;
  targetMinutes: number;
  /** null: still unanswered. */
  firstResponseAt: Date | null;
  /** How far past the target, by the report's clock, at the answer or at the evaluation time. */
  overdueMinutes: number;
}
