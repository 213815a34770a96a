import { answerExcerpt, type CommunityTopic } from "@emma/core";
import type { RelatedTopicRow } from "./find-related-topics.ts";

export function presentCommunityTopic(row: RelatedTopicRow): CommunityTopic {
  return {
    conversationId: row.conversation_id,
    title: row.title ?? "",
    url: row.url,
    solved: row.solved,
    answer:
      row.answer_text === null || row.answer_text.trim() === ""
        ? null
        : { excerpt: answerExcerpt(row.answer_text), authorName: row.answer_author },
    postCount: row.post_count,
    lastActivityAt: row.last_activity_at.toISOString(),
  };
}
