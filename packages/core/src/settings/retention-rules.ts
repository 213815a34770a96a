import { dutyEndsAt, dutyKeepsFrom } from "./duty-period.ts";
import type { RetentionDuty, RetentionKind, RetentionSettings } from "./retention-settings.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A duty the job checks in SQL: a conversation with the tag whose last message is at or after `keptFrom` stays. */
export interface DutyInForce {
  /** Lower-cased: tags match whatever their case. */
  tag: string;
  keptFrom: Date;
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
      keptFrom: dutyKeepsFrom(now, duty.years),
    })),
  };
}

/**
 * When the last duty on a conversation with these tags ends (duty-period.ts: whole calendar years
 * after the year of its last message); null when no duty names one of its tags.
 */
export function dutyKeepsUntil(
  duties: readonly RetentionDuty[],
  conversation: { tags: readonly string[]; lastMessageAt: Date },
): Date | null {
  const tags = new Set(conversation.tags.map((tag) => tag.toLowerCase()));
  const ends = duties
    .filter((duty) => tags.has(duty.tag.toLowerCase()))
    .map((duty) => dutyEndsAt(conversation.lastMessageAt, duty.years).getTime());
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
