import type { RetentionDuty } from "../settings/retention-settings.ts";
import { dutyEndsAt } from "../settings/duty-period.ts";

/** What the block rule needs of one of the customer's conversations. */
export interface ErasureConversationFacts {
  tags: readonly string[];
  lastMessageAt: Date;
}

/** One duty that keeps some of the customer's conversations past now, and until when. */
export interface DutyDelay {
  tag: string;
  reason: string;
  years: number;
  /** How many of the customer's conversations the duty still keeps. */
  conversations: number;
  /** When the last of them may go. */
  until: Date;
}

/**
 * Whether the customer may be erased now: `held` while a legal hold is active (no erasure at all),
 * `delayed` while a duty to keep still covers one of their conversations (the erasure waits until
 * the latest duty ends), else `free`.
 */
export type ErasureBlock<Hold> =
  { kind: "free" } | { kind: "held"; holds: Hold[] } | { kind: "delayed"; until: Date; because: DutyDelay[] };

/** Tags are stored lower-case; a duty's tag is compared the same way, whatever case an admin typed. */
function tagKey(tag: string): string {
  return tag.trim().replace(/\s+/gu, " ").toLocaleLowerCase("de");
}

export function erasureBlock<Hold>(facts: {
  activeHolds: readonly Hold[];
  duties: readonly RetentionDuty[];
  conversations: readonly ErasureConversationFacts[];
  now: Date;
}): ErasureBlock<Hold> {
  if (facts.activeHolds.length > 0) return { kind: "held", holds: [...facts.activeHolds] };
  const because: DutyDelay[] = [];
  for (const duty of facts.duties) {
    const key = tagKey(duty.tag);
    const kept = facts.conversations
      .filter((conversation) => conversation.tags.some((tag) => tagKey(tag) === key))
      .map((conversation) => dutyEndsAt(conversation.lastMessageAt, duty.years))
      .filter((until) => until > facts.now);
    if (kept.length === 0) continue;
    const until = new Date(Math.max(...kept.map((date) => date.getTime())));
    because.push({
      tag: duty.tag,
      reason: duty.reason,
      years: duty.years,
      conversations: kept.length,
      until,
    });
  }
  if (because.length === 0) return { kind: "free" };
  because.sort((a, b) => b.until.getTime() - a.until.getTime());
  const latest = because[0];
  if (!latest) return { kind: "free" };
  return { kind: "delayed", until: latest.until, because };
}
