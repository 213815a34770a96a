import {
  ReconnectNeededError,
  RetryLaterError,
  type PollContext,
  type PolledBatch,
  type RawDelivery,
} from "../connector.ts";
import {
  topicListSchema,
  topicPostsSchema,
  topicViewSchema,
  type TopicView,
} from "./discourse-api-shapes.ts";
import { callDiscourse, type DiscourseResponse } from "./discourse-client.ts";
import type { DiscourseConfig, DiscourseSecrets } from "./discourse-config.ts";
import {
  DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
  DISCOURSE_POLLED_POST_CONTENT_TYPE,
} from "./discourse-content-types.ts";
import { polledAnswerDedupeKey, postDedupeKey } from "./discourse-dedupe-key.ts";
import { discourseErrorText, keyRefused } from "./discourse-errors.ts";
import type { DiscoursePost, DiscourseTopic } from "./discourse-objects.ts";
import {
  DISCOURSE_LISTS,
  readDiscoursePollCursor,
  type DiscoursePollCursor,
  type DiscourseSweep,
} from "./discourse-poll-cursor.ts";

/** Discourse's posts.json answers at most this many post ids per call (its chunk size). */
const CHUNK = 20;

type Context = PollContext<DiscourseConfig, DiscourseSecrets>;

/** The provider asked to wait: the batch so far is returned, the cursor stays where it stopped. */
class RateLimited extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/**
 * Backfill and catch-up: the topics bumped since the watermark (/latest.json by activity, then
 * the staff account's private messages), each topic's posts and accepted answer, as deliveries
 * keyed like their webhook twins, so a post seen both ways is stored once and a missed webhook is
 * repaired here. The cursor moves after every batch; a 429 keeps it where it stopped.
 */
export async function pollDiscourse(context: Context): Promise<PolledBatch> {
  const cursor = readDiscoursePollCursor(context.cursor, context.config.backfillDays);
  const sweep: DiscourseSweep = cursor.sweep ?? {
    list: "latest",
    page: 0,
    index: 0,
    offset: 0,
    newest: cursor.watermark,
  };
  const deliveries: RawDelivery[] = [];
  try {
    const done = await sweepOn(context, cursor.watermark, sweep, deliveries);
    const next: DiscoursePollCursor = done
      ? { watermark: sweep.newest }
      : { watermark: cursor.watermark, sweep };
    return { deliveries, cursor: next, more: !done };
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    if (deliveries.length === 0) throw new RetryLaterError(error.message, error.retryAt);
    return {
      deliveries,
      cursor: { watermark: cursor.watermark, sweep },
      more: false,
      retryAfter: error.retryAt,
    };
  }
}

/** Walks the sweep on until the batch is full (false) or every list is read (true). */
async function sweepOn(
  context: Context,
  watermark: string,
  sweep: DiscourseSweep,
  deliveries: RawDelivery[],
): Promise<boolean> {
  for (;;) {
    if (deliveries.length >= context.limit) return false;
    const list = await fetchList(context, sweep);
    const topics = list.topic_list.topics;
    let reachedOld = false;
    while (sweep.index < topics.length) {
      const item = topics[sweep.index];
      if (item === undefined) break;
      const bumped = item.bumped_at ?? item.last_posted_at ?? item.created_at;
      // Ordered by activity, newest first: the rest of the list is older than the watermark.
      if (Date.parse(bumped) <= Date.parse(watermark)) {
        reachedOld = true;
        break;
      }
      if (Date.parse(bumped) > Date.parse(sweep.newest)) sweep.newest = bumped;
      const finished = await deliverTopic(context, item.id, bumped, watermark, sweep, deliveries);
      if (!finished) return false;
      sweep.index += 1;
      sweep.offset = 0;
      if (deliveries.length >= context.limit) return false;
    }
    if (!reachedOld && topics.length > 0 && list.topic_list.more_topics_url) {
      sweep.page += 1;
      sweep.index = 0;
      continue;
    }
    const nextList = DISCOURSE_LISTS[DISCOURSE_LISTS.indexOf(sweep.list) + 1];
    if (nextList === undefined) return true;
    Object.assign(sweep, { list: nextList, page: 0, index: 0, offset: 0 });
  }
}

async function fetchList(context: Context, sweep: DiscourseSweep) {
  const path =
    sweep.list === "latest"
      ? "/latest.json"
      : `/topics/private-messages/${encodeURIComponent(context.config.apiUsername)}.json`;
  const response = await get(context, path, [
    ["order", "activity"],
    ["page", String(sweep.page)],
  ]);
  return topicListSchema.parse(response.body);
}

/**
 * Delivers one topic's posts from `sweep.offset` on (those changed since the watermark), then its
 * accepted answer. False when the batch filled up first; the offset says where to go on.
 */
async function deliverTopic(
  context: Context,
  topicId: number,
  bumpedAt: string,
  watermark: string,
  sweep: DiscourseSweep,
  deliveries: RawDelivery[],
): Promise<boolean> {
  const view = topicViewSchema.parse((await get(context, `/t/${String(topicId)}.json`)).body);
  const topic = topicOf(view, bumpedAt);
  const known = new Map(view.post_stream.posts.map((post) => [post.id, post]));
  const ids = view.post_stream.stream;
  while (sweep.offset < ids.length) {
    if (deliveries.length >= context.limit) return false;
    // Room for the accepted answer's delivery too, so a batch never exceeds the limit.
    const answerRoom = view.accepted_answer ? 1 : 0;
    const room = Math.max(1, Math.min(CHUNK, context.limit - deliveries.length - answerRoom));
    const chunk = ids.slice(sweep.offset, sweep.offset + room);
    const posts = await postsOf(context, topicId, chunk, known);
    for (const post of posts) {
      if (
        Date.parse(post.updated_at) > Date.parse(watermark) ||
        Date.parse(post.created_at) > Date.parse(watermark)
      ) {
        deliveries.push({
          dedupeKey: postDedupeKey(post),
          contentType: DISCOURSE_POLLED_POST_CONTENT_TYPE,
          body: Buffer.from(JSON.stringify({ post, topic })),
        });
      }
      if (isAnswer(post, view)) deliveries.push(answerDelivery(post, topic, view));
    }
    sweep.offset += chunk.length;
  }
  return true;
}

async function postsOf(
  context: Context,
  topicId: number,
  ids: number[],
  known: Map<number, DiscoursePost>,
): Promise<DiscoursePost[]> {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const response = await get(
      context,
      `/t/${String(topicId)}/posts.json`,
      missing.map((id) => ["post_ids[]", String(id)]),
    );
    for (const post of topicPostsSchema.parse(response.body).post_stream.posts) known.set(post.id, post);
  }
  return ids.flatMap((id) => {
    const post = known.get(id);
    return post ? [post] : [];
  });
}

function isAnswer(post: DiscoursePost, view: TopicView): boolean {
  return post.accepted_answer === true || view.accepted_answer?.post_number === post.post_number;
}

function answerDelivery(post: DiscoursePost, topic: DiscourseTopic, view: TopicView): RawDelivery {
  const accepter = view.accepted_answer?.accepter_username;
  return {
    dedupeKey: polledAnswerDedupeKey(post.id, topic),
    contentType: DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
    body: Buffer.from(JSON.stringify({ post, topic, ...(accepter ? { accepter } : {}) })),
  };
}

function topicOf(view: TopicView, bumpedAt: string): DiscourseTopic {
  return {
    id: view.id,
    title: view.title,
    slug: view.slug,
    archetype: view.archetype,
    category_id: view.category_id,
    created_at: view.created_at,
    last_posted_at: view.last_posted_at,
    bumped_at: bumpedAt,
    closed: view.closed,
    archived: view.archived,
    visible: view.visible,
    deleted_at: view.deleted_at,
    user_id: view.user_id,
    created_by: view.details?.created_by,
  };
}

async function get(
  context: Context,
  path: string,
  query: [string, string][] = [],
): Promise<DiscourseResponse> {
  const response = await callDiscourse(context, { method: "GET", path, query, signal: context.signal });
  if (response.status === 429) {
    throw new RateLimited(
      `Discourse's rate limit: ${discourseErrorText(429, response.body)}`,
      response.retryAt ?? new Date(Date.now() + 60_000),
    );
  }
  if (keyRefused(response.status, response.body)) {
    throw new ReconnectNeededError(
      `${discourseErrorText(response.status, response.body)}: check the connector's API key and Api-Username`,
    );
  }
  if (!response.ok) {
    throw new Error(`Discourse refused ${path}: ${discourseErrorText(response.status, response.body)}`);
  }
  return response;
}
