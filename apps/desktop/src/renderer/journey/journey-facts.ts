import type { JourneyConversationFacts } from "@emma/core";
import type { RouterOutputs } from "../api/router-types.ts";

export type JourneyData = RouterOutputs["customers"]["journey"];
export type JourneyConversation = JourneyData["conversations"][number];

/** The API's conversations as core's layout takes them: times as dates. */
export function journeyFacts(conversations: readonly JourneyConversation[]): JourneyConversationFacts[] {
  return conversations.map((c) => ({
    id: c.id,
    channel: c.channel,
    subject: c.subject,
    status: c.status,
    createdAt: new Date(c.createdAt),
    lastMessageAt: new Date(c.lastMessageAt),
    resolvedAt: c.resolvedAt === null ? null : new Date(c.resolvedAt),
    waitingSince: c.waitingSince === null ? null : new Date(c.waitingSince),
    responseTargetMinutes: c.responseTargetMinutes,
    responseDueAt: c.responseDueAt === null ? null : new Date(c.responseDueAt),
    items: c.items.map((item) => ({ at: new Date(item.at), direction: item.direction, clock: item.clock })),
  }));
}

/** The first conversation's start, where "all" begins. */
export function firstCreatedAt(conversations: readonly JourneyConversation[]): Date | null {
  const first = conversations.map((c) => new Date(c.createdAt).getTime()).sort((a, b) => a - b)[0];
  return first === undefined ? null : new Date(first);
}
