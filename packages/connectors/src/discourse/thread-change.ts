import type { InboundChange, InboundMessage } from "@emma/core";
import { topicThreadKey } from "./discourse-thread-key.ts";

/** A change of the topic itself: no item of its own, named by its thread key. */
export function threadChange(
  topicId: number,
  change: Extract<InboundChange, { type: "thread" }>,
): InboundMessage {
  return {
    channel: "forum",
    kind: "forum_post",
    externalId: topicThreadKey(topicId),
    threadKey: topicThreadKey(topicId),
    occurredAt: change.at,
    direction: "inbound",
    author: { identities: [] },
    text: "",
    attachments: [],
    change,
    metadata: { topicId },
  };
}
