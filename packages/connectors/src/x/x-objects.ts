import { z } from "zod";
import { xIdSchema } from "./x-ids.ts";

/** The fields of an X v2 user Emma reads. */
export const xUserSchema = z.object({
  id: xIdSchema,
  username: z.string().max(100).optional(),
  name: z.string().max(200).optional(),
});
export type XUser = z.infer<typeof xUserSchema>;

const referencedPostSchema = z.object({
  type: z.string().max(50),
  id: xIdSchema,
});

const mediaKeysSchema = z.object({ media_keys: z.array(z.string().max(100)).max(20).optional() });

/** The fields of an X v2 post (tweet) Emma reads. */
export const xPostSchema = z.object({
  id: xIdSchema,
  text: z.string().max(100_000),
  author_id: xIdSchema,
  conversation_id: xIdSchema.optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  in_reply_to_user_id: xIdSchema.optional(),
  in_reply_to_tweet_id: xIdSchema.optional(),
  referenced_tweets: z.array(referencedPostSchema).max(10).optional(),
  edit_history_tweet_ids: z.array(xIdSchema).max(10).optional(),
  lang: z.string().max(20).optional(),
  attachments: mediaKeysSchema.optional(),
});
export type XPost = z.infer<typeof xPostSchema>;

/** What a v2 response expands; newer responses call posts `posts`, older ones `tweets`. */
export const xIncludesSchema = z.object({
  users: z.array(xUserSchema).max(1000).optional(),
  tweets: z.array(xPostSchema).max(1000).optional(),
  posts: z.array(xPostSchema).max(1000).optional(),
});
export type XIncludes = z.infer<typeof xIncludesSchema>;

/** An event of GET /2/dm_events. */
export const xDmEventSchema = z.object({
  id: xIdSchema,
  event_type: z.string().max(50),
  text: z.string().max(100_000).optional(),
  sender_id: xIdSchema.optional(),
  dm_conversation_id: z.string().max(100).optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  participant_ids: z.array(xIdSchema).max(100).optional(),
  attachments: mediaKeysSchema.optional(),
});
export type XDmEvent = z.infer<typeof xDmEventSchema>;

/** The post this one answers, wherever the payload says it. */
export function repliedToOf(post: XPost): string | undefined {
  return post.in_reply_to_tweet_id ?? post.referenced_tweets?.find((ref) => ref.type === "replied_to")?.id;
}

export function userOf(includes: XIncludes | undefined, id: string): XUser | undefined {
  return includes?.users?.find((user) => user.id === id);
}
