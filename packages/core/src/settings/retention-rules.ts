import type { RetentionDuty, RetentionKind, RetentionSettings } from "./retention-settings.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A duty the job checks in SQL: a conversation with the tag whose last message is after `keptAfter` stays. */
export interface DutyInForce {
  /** Lower-cased: tags match whatever their case. */
  tag: string;
  keptAfter: Date;
}

export interface RetentionCutoffs {
  /** Per kind: what is older goes; null keeps the kind for good. */
  kinds: Record<RetentionKind, Date | null>;
  duties: DutyInForce[];
}

/** What the rules remove when applied at `now`. */
export function retentionCutoffs(settings: RetentionSettings, now: Date): RetentionCutoffs {
  const before = (days: number | null) => (days === null ? null : new Date(now.getTime() - days * DAY_MS));
  return {
    kinds: {
      rawInboundEvents: before(settings.rules.rawInboundEvents),
      resolvedConversations: before(settings.rules.resolvedConversations),
      callRecordings: before(settings.rules.callRecordings),
      auditEntries: before(settings.rules.auditEntries),
    },
    duties: settings.duties.map((duty) => ({
      tag: duty.tag.toLowerCase(),
      keptAfter: yearsBefore(now, duty.years),
    })),
  };
}

/**
 * When the last duty on a conversation with these tags ends, counted in calendar years from its last
 * message (29 February ends on 28 February); null when no duty names one of its tags.
 */
export function dutyKeepsUntil(
  duties: readonly RetentionDuty[],
  conversation: { tags: readonly string[]; lastMessageAt: Date },
): Date | null {
  const tags = new Set(conversation.tags.map((tag) => tag.toLowerCase()));
  const ends = duties
    .filter((duty) => tags.has(duty.tag.toLowerCase()))
    .map((duty) => yearsAfter(conversation.lastMessageAt, duty.years).getTime());
  return ends.length === 0 ? null : new Date(Math.max(...ends));
}

/** Whether a duty still keeps the conversation at `now`. */
export function keptByDuty(
  duties: readonly RetentionDuty[],
  conversation: { tags: readonly string[]; lastMessageAt: Date },
  now: Date,
): boolean {
  const until = dutyKeepsUntil(duties, conversation);
  return until !== null && until.getTime() > now.getTime();
}

function yearsAfter(date: Date, years: number): Date {
  return shiftYears(date, years);
}

function yearsBefore(date: Date, years: number): Date {
  return shiftYears(date, -years);
}

/** The same day and time `years` later or earlier; a 29 February that year lacks becomes the 28th. */
function shiftYears(date: Date, years: number): Date {
  const shifted = new Date(date.getTime());
  shifted.setUTCFullYear(date.getUTCFullYear() + years);
  if (shifted.getUTCMonth() !== date.getUTCMonth()) shifted.setUTCDate(0);
  return shifted;
}
