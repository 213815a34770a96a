import { SYSTEM_USER, type ForumState } from "./forum-state.ts";
import type { ForumPost, ForumTopic, ForumUser } from "./forum-types.ts";
import { postJson } from "./post-json.ts";
import { basicUser } from "./user-json.ts";

/** TopicView's chunk: the first posts a topic answer carries; the rest are in `stream` by id. */
export const CHUNK_SIZE = 20;

const isStaff = (user: ForumUser) => user.admin || user.moderator;

/** Whether the viewer may see the topic at all (Guardian#can_see_topic?, the parts the fake models). */
export function canSeeTopic(topic: ForumTopic, viewer: ForumUser | undefined): boolean {
  if (topic.deletedAt !== null && !(viewer && isStaff(viewer))) return false;
  if (topic.archetype === "regular") return true;
  return viewer !== undefined && (viewer.admin || topic.allowedUserIds.includes(viewer.id));
}

/** The posts a viewer finds in a topic: staff also see deleted ones (shown struck through). */
export function visiblePosts(
  state: ForumState,
  topic: ForumTopic,
  viewer: ForumUser | undefined,
): ForumPost[] {
  const staff = viewer !== undefined && isStaff(viewer);
  return state.postsOf(topic.id).filter((post) => staff || post.deletedAt === null);
}

/** discourse-solved's `accepted_answer` on a topic (TopicViewSerializerExtension). */
function acceptedAnswer(state: ForumState, topic: ForumTopic) {
  if (topic.solved === null) return {};
  const answer = state.post(topic.solved.postId);
  const author = state.user(answer.userId);
  const accepter = state.user(topic.solved.accepterId);
  return {
    accepted_answer: {
      post_number: answer.postNumber,
      username: author.username,
      name: author.name,
      excerpt: answer.cooked.replace(/<[^>]*>/g, "").slice(0, 300),
      accepter_username: accepter.username,
      accepter_name: accepter.name,
    },
  };
}

/** The attributes TopicViewSerializer takes from the topic row. */
function topicAttributes(state: ForumState, topic: ForumTopic) {
  const stats = state.statsOf(topic.id);
  return {
    id: topic.id,
    title: topic.title,
    fancy_title: topic.title,
    posts_count: stats.postsCount,
    created_at: topic.createdAt.toISOString(),
    views: 1,
    reply_count: Math.max(0, stats.postsCount - 1),
    like_count: stats.likeCount,
    last_posted_at: stats.lastPostedAt?.toISOString() ?? null,
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    has_summary: false,
    archetype: topic.archetype,
    slug: topic.slug,
    category_id: topic.categoryId,
    word_count: state.postsOf(topic.id).reduce((sum, post) => sum + post.raw.split(/\s+/).length, 0),
    deleted_at: topic.deletedAt?.toISOString() ?? null,
    user_id: topic.userId,
    pinned_globally: false,
    pinned_at: null,
    pinned_until: null,
    pinned: false,
    unpinned: null,
    highest_post_number: stats.highestPostNumber,
    deleted_by: topic.deletedById === null ? null : basicUser(state.user(topic.deletedById)),
    bookmarked: false,
    participant_count: stats.participantIds.length,
    tags: [],
    ...acceptedAnswer(state, topic),
  };
}

/** GET /t/:id.json (TopicViewSerializer): the first CHUNK_SIZE posts, every post id in `stream`. */
export function topicViewJson(state: ForumState, topic: ForumTopic, viewer: ForumUser | undefined) {
  const scope = viewer ?? SYSTEM_USER;
  const posts = visiblePosts(state, topic, viewer);
  const stats = state.statsOf(topic.id);
  return {
    post_stream: {
      posts: posts.slice(0, CHUNK_SIZE).map((post) => postJson(state, post, { viewer: scope })),
      stream: posts.map((post) => post.id),
    },
    timeline_lookup: [],
    suggested_topics: [],
    ...topicAttributes(state, topic),
    chunk_size: CHUNK_SIZE,
    details: {
      created_by: basicUser(state.user(topic.userId)),
      last_poster: basicUser(state.user(stats.lastPosterId)),
      participants: stats.participantIds.map((id) => ({
        ...basicUser(state.user(id)),
        post_count: posts.filter((post) => post.userId === id && post.deletedAt === null).length,
      })),
      ...(topic.archetype === "private_message"
        ? { allowed_users: topic.allowedUserIds.map((id) => basicUser(state.user(id))), allowed_groups: [] }
        : {}),
      notification_level: 1,
      can_create_post: true,
      can_reply_as_new_topic: true,
    },
  };
}

/** GET /t/:id/posts.json?post_ids[]= (TopicViewPostsSerializer): the asked-for posts the viewer may see. */
export function topicPostsJson(
  state: ForumState,
  topic: ForumTopic,
  postIds: number[],
  viewer: ForumUser | undefined,
) {
  const wanted = new Set(postIds);
  const posts = visiblePosts(state, topic, viewer).filter((post) => wanted.has(post.id));
  return {
    post_stream: { posts: posts.map((post) => postJson(state, post, { viewer: viewer ?? SYSTEM_USER })) },
    id: topic.id,
  };
}

/** WebHookTopicViewSerializer: the topic attributes without post stream and details, plus its people. */
export function webhookTopicJson(state: ForumState, topic: ForumTopic) {
  const stats = state.statsOf(topic.id);
  return {
    ...topicAttributes(state, topic),
    created_by: basicUser(state.user(topic.userId)),
    last_poster: basicUser(state.user(stats.lastPosterId)),
  };
}

/** TopicListItemSerializer (+ discourse-solved's has_accepted_answer). */
export function topicListItemJson(state: ForumState, topic: ForumTopic) {
  const stats = state.statsOf(topic.id);
  return {
    id: topic.id,
    title: topic.title,
    fancy_title: topic.title,
    slug: topic.slug,
    posts_count: stats.postsCount,
    reply_count: Math.max(0, stats.postsCount - 1),
    highest_post_number: stats.highestPostNumber,
    image_url: null,
    created_at: topic.createdAt.toISOString(),
    last_posted_at: stats.lastPostedAt?.toISOString() ?? null,
    bumped: topic.bumpedAt.getTime() !== topic.createdAt.getTime(),
    bumped_at: topic.bumpedAt.toISOString(),
    archetype: topic.archetype,
    unseen: false,
    pinned: false,
    unpinned: null,
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    bookmarked: null,
    liked: null,
    tags: [],
    views: 1,
    like_count: stats.likeCount,
    has_summary: false,
    last_poster_username: state.user(stats.lastPosterId).username,
    category_id: topic.categoryId,
    pinned_globally: false,
    featured_link: null,
    has_accepted_answer: topic.solved !== null,
    posters: stats.participantIds.map((id, index) => ({
      extras: id === stats.lastPosterId ? "latest" : null,
      description: index === 0 ? "Original Poster" : "Frequent Poster",
      user_id: id,
      primary_group_id: null,
      flair_group_id: null,
    })),
    ...(topic.archetype === "private_message"
      ? { participants: topic.allowedUserIds.map((id) => ({ user_id: id, extras: null, description: null })) }
      : {}),
  };
}

/**
 * TopicListSerializer: `more_topics_url` whenever the page is full (Discourse cannot know whether a
 * next page has topics, so after a full last page comes an empty one).
 */
export function topicListJson(
  state: ForumState,
  topics: ForumTopic[],
  page: { path: string; number: number; perPage: number },
) {
  const shown = topics.slice(page.number * page.perPage, (page.number + 1) * page.perPage);
  const userIds = new Set(
    shown.flatMap((topic) => [topic.userId, ...state.statsOf(topic.id).participantIds]),
  );
  return {
    users: [...userIds].map((id) => basicUser(state.user(id))),
    primary_groups: [],
    flair_groups: [],
    topic_list: {
      can_create_topic: true,
      ...(shown.length === page.perPage
        ? { more_topics_url: `${page.path}?page=${String(page.number + 1)}` }
        : {}),
      per_page: page.perPage,
      topics: shown.map((topic) => topicListItemJson(state, topic)),
    },
  };
}
