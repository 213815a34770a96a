import { z } from "zod";

// Discourse's JSON as its serializers write it (PostSerializer, WebHookPostSerializer,
// WebHookTopicViewSerializer, BasicUserSerializer; discourse-solved adds accepted_answer to posts).
// Loose objects: Discourse adds fields with every release; only what Emma reads is checked.

const time = z.iso.datetime({ offset: true });
const id = z.number().int().positive();

export const discourseUserSchema = z.looseObject({
  id: z.number().int().describe("Negative for Discourse's own accounts (system is -1)"),
  username: z.string().min(1).max(60),
  name: z.string().max(255).nullish(),
});
export type DiscourseUser = z.infer<typeof discourseUserSchema>;

/** Post types (Post.types): only regular posts are what people wrote to each other. */
export const DISCOURSE_POST_TYPES = { regular: 1, moderatorAction: 2, smallAction: 3, whisper: 4 } as const;

export const discoursePostSchema = z.looseObject({
  id,
  username: z.string().min(1).max(60),
  name: z.string().max(255).nullish(),
  user_id: z.number().int(),
  created_at: time,
  updated_at: time,
  cooked: z.string().max(5_000_000).default(""),
  raw: z.string().max(1_000_000).optional(),
  post_number: z.number().int().positive(),
  post_type: z.number().int().default(DISCOURSE_POST_TYPES.regular),
  reply_to_post_number: z.number().int().positive().nullish(),
  topic_id: id,
  topic_slug: z.string().max(500).nullish(),
  topic_title: z.string().max(998).nullish(),
  topic_archetype: z.string().max(50).nullish(),
  category_id: z.number().int().nullish(),
  category_slug: z.string().max(255).nullish(),
  version: z.number().int().positive().default(1),
  moderator: z.boolean().optional(),
  admin: z.boolean().optional(),
  staff: z.boolean().optional(),
  hidden: z.boolean().optional(),
  deleted_at: time.nullish(),
  user_deleted: z.boolean().optional(),
  action_code: z.string().max(100).nullish(),
  accepted_answer: z.boolean().optional(),
});
export type DiscoursePost = z.infer<typeof discoursePostSchema>;

export const discourseTopicSchema = z.looseObject({
  id,
  title: z.string().max(998),
  slug: z.string().max(500).nullish(),
  archetype: z.string().max(50).default("regular"),
  category_id: z.number().int().nullish(),
  created_at: time,
  last_posted_at: time.nullish(),
  bumped_at: time.nullish(),
  closed: z.boolean().default(false),
  archived: z.boolean().default(false),
  visible: z.boolean().default(true),
  deleted_at: time.nullish(),
  user_id: z.number().int().nullish(),
  created_by: discourseUserSchema.nullish(),
  deleted_by: discourseUserSchema.partial().nullish(),
});
export type DiscourseTopic = z.infer<typeof discourseTopicSchema>;

export const discourseLikeSchema = z.looseObject({
  post: discoursePostSchema,
  user: discourseUserSchema,
});
export type DiscourseLike = z.infer<typeof discourseLikeSchema>;
