import { communityQuery, questionTerms, type CommunitySuggestionsResult } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { loadConversation } from "../conversations/load-conversation.ts";
import { presentCommunityTopic } from "./community-presenter.ts";
import { customerQuestion } from "./customer-question.ts";
import { findRelatedTopics } from "./find-related-topics.ts";

/**
 * Forum topics related to what the customer of `conversationId` asks, for the agent answering it.
 * Not audited: what it shows is public at the forum, and opening the conversation (`conversations.get`)
 * is already in the audit log.
 */
export async function suggestTopics(
  db: Kysely<Database>,
  props: { conversationId: string },
): Promise<CommunitySuggestionsResult> {
  const conversation = await loadConversation(db, props.conversationId);
  const query = communityQuery(questionTerms(await customerQuestion(db, conversation)));
  if (query === null) return { topics: [] };
  const rows = await findRelatedTopics(db, { query, exceptId: conversation.id });
  return { topics: rows.map(presentCommunityTopic) };
}
