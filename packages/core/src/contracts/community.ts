import { z } from "zod";
import { idSchema } from "./common.ts";

/**
 * Community answers beside the agent (`community.suggestions`): forum topics about the same thing
 * as the customer's question, found by full-text search over the forum posts Emma holds. Public
 * topics only: never a private message, never a topic deleted at the forum, never the
 * conversation itself.
 */
export const communitySuggestionsInputSchema = z.object({
  conversationId: idSchema.describe("The conversation the agent has open, on any channel"),
});
export type CommunitySuggestionsInput = z.infer<typeof communitySuggestionsInputSchema>;

export const COMMUNITY_SUGGESTIONS = 3;

export const communityAnswerSchema = z.object({
  excerpt: z.string().max(400).describe("The beginning of the accepted (or helpful) answer's text"),
  authorName: z.string().nullable().describe("Who wrote the answer, as the forum names them"),
});
export type CommunityAnswer = z.infer<typeof communityAnswerSchema>;

export const communityTopicSchema = z.object({
  conversationId: idSchema.describe("The forum topic's conversation in Emma"),
  title: z.string().describe("The topic's title"),
  url: z.url().nullable().describe("Where the topic can be read at the forum; null if no post named it"),
  solved: z.boolean().describe("The topic has an answer: accepted, or marked helpful by the asker"),
  answer: communityAnswerSchema.nullable().describe("The answer, when solved and still shown at the forum"),
  postCount: z.number().int().min(0).describe("Posts in the topic that are still shown at the forum"),
  lastActivityAt: z.iso.datetime().describe("The topic's newest post, ISO 8601"),
});
export type CommunityTopic = z.infer<typeof communityTopicSchema>;

export const communitySuggestionsResultSchema = z.object({
  topics: z
    .array(communityTopicSchema)
    .max(COMMUNITY_SUGGESTIONS)
    .describe("Solved topics first, then by how well they match the question; empty: nothing related"),
});
export type CommunitySuggestionsResult = z.infer<typeof communitySuggestionsResultSchema>;
