import { z } from "zod";
import { discoursePostSchema, discourseTopicSchema, discourseUserSchema } from "./discourse-objects.ts";

const time = z.iso.datetime({ offset: true });

/** One topic of /latest.json or a private-message list (TopicListItemSerializer). */
export const topicListItemSchema = z.looseObject({
  id: z.number().int().positive(),
  bumped_at: time.nullish(),
  last_posted_at: time.nullish(),
  created_at: time,
});

export const topicListSchema = z.looseObject({
  topic_list: z.looseObject({
    topics: z.array(topicListItemSchema).max(1000).default([]),
    more_topics_url: z.string().max(2000).nullish(),
  }),
});
export type TopicList = z.infer<typeof topicListSchema>;

/** GET /t/<id>.json: the topic, its first posts and every post id in order (post_stream.stream). */
export const topicViewSchema = discourseTopicSchema.extend({
  details: z.looseObject({ created_by: discourseUserSchema.nullish() }).nullish(),
  post_stream: z.looseObject({
    posts: z.array(discoursePostSchema).max(1000).default([]),
    stream: z.array(z.number().int().positive()).max(100_000).default([]),
  }),
  // discourse-solved's TopicViewSerializerExtension.
  accepted_answer: z
    .looseObject({
      post_number: z.number().int().positive(),
      username: z.string().max(60).nullish(),
      accepter_username: z.string().max(60).nullish(),
    })
    .nullish(),
});
export type TopicView = z.infer<typeof topicViewSchema>;

/** GET /t/<id>/posts.json?post_ids[]=…: the requested posts. */
export const topicPostsSchema = z.looseObject({
  post_stream: z.looseObject({ posts: z.array(discoursePostSchema).max(1000).default([]) }),
});
