import { SYSTEM_USER, type ForumState } from "./forum-state.ts";
import type { ForumPost, ForumUser } from "./forum-types.ts";
import { avatarTemplate, basicUser } from "./user-json.ts";

/** Discourse's texts in place of a hidden post's cooked HTML (flagging.user_must_edit / you_must_edit). */
const HIDDEN_FOR_OTHERS = "<p>This post was flagged by the community and is temporarily hidden.</p>";
const HIDDEN_FOR_AUTHOR =
  '<p>This post was flagged by the community. Please <a href="/my/messages">see your messages</a>.</p>';

const isStaff = (user: ForumUser) => user.admin || user.moderator;

export interface PostJsonOptions {
  /** Whose eyes: staff see deleted posts' details and hidden posts' HTML. */
  viewer: ForumUser;
  /** `raw` beside `cooked` (PostSerializer add_raw, as single-post answers and webhooks have it). */
  raw?: boolean;
}

/**
 * PostSerializer (discourse app/serializers/post_serializer.rb + basic_post_serializer.rb), with
 * discourse-solved's fields (accepted_answer, topic_accepted_answer, can_accept_answer, …).
 */
export function postJson(state: ForumState, post: ForumPost, options: PostJsonOptions) {
  const author = state.user(post.userId);
  const topic = state.topic(post.topicId);
  const staff = isStaff(options.viewer);
  const cookedHidden = post.hidden && !staff;
  const replyTo =
    post.replyToPostNumber === null
      ? undefined
      : state.postsOf(post.topicId).find((other) => other.postNumber === post.replyToPostNumber);
  const replyToUser = replyTo ? state.user(replyTo.userId) : undefined;
  const accepted = topic.solved?.postId === post.id;
  const canAccept = (staff || options.viewer.id === topic.userId) && post.postNumber > 1;
  return {
    id: post.id,
    name: author.name,
    username: author.username,
    avatar_template: avatarTemplate(author),
    created_at: post.createdAt.toISOString(),
    cooked: cookedHidden
      ? options.viewer.id === post.userId
        ? HIDDEN_FOR_AUTHOR
        : HIDDEN_FOR_OTHERS
      : post.cooked,
    ...(cookedHidden ? { cooked_hidden: true } : {}),
    post_number: post.postNumber,
    post_type: post.postType,
    updated_at: post.updatedAt.toISOString(),
    reply_count: state.postsOf(post.topicId).filter((other) => other.replyToPostNumber === post.postNumber)
      .length,
    reply_to_post_number: post.replyToPostNumber,
    quote_count: 0,
    incoming_link_count: 0,
    reads: 1,
    readers_count: 0,
    score: 0,
    yours: options.viewer.id === post.userId,
    topic_id: post.topicId,
    topic_slug: topic.slug,
    display_username: author.name,
    version: post.version,
    can_edit: staff || options.viewer.id === post.userId,
    can_delete: staff || options.viewer.id === post.userId,
    can_recover: staff,
    user_title: null,
    ...(replyToUser ? { reply_to_user: basicUser(replyToUser) } : {}),
    bookmarked: false,
    ...(options.raw && (!post.hidden || staff || options.viewer.id === post.userId) ? { raw: post.raw } : {}),
    actions_summary: post.likeUserIds.length > 0 ? [{ id: 2, count: post.likeUserIds.length }] : [],
    moderator: author.moderator,
    admin: author.admin,
    staff: isStaff(author),
    user_id: author.id,
    hidden: post.hidden,
    ...(post.hidden ? { hidden_reason_id: 1 } : {}),
    trust_level: author.trustLevel,
    deleted_at: post.deletedAt?.toISOString() ?? null,
    ...(staff && post.deletedById !== null ? { deleted_by: basicUser(state.user(post.deletedById)) } : {}),
    user_deleted: post.userDeleted,
    edit_reason: null,
    can_view_edit_history: true,
    wiki: false,
    ...(post.actionCode === null ? {} : { action_code: post.actionCode }),
    can_accept_answer: canAccept && !accepted,
    can_unaccept_answer: canAccept && accepted,
    accepted_answer: accepted,
    topic_accepted_answer: topic.solved !== null,
  };
}

/**
 * WebHookPostSerializer: PostSerializer as the system user sees it, with raw, the topic's title,
 * category and counts, and without the viewer-specific fields (can_*, yours, actions_summary…).
 */
export function webhookPostJson(state: ForumState, post: ForumPost) {
  const {
    can_edit: _canEdit,
    can_delete: _canDelete,
    can_recover: _canRecover,
    can_view_edit_history: _history,
    yours: _yours,
    actions_summary: _actions,
    readers_count: _readers,
    ...shown
  } = postJson(state, post, { viewer: SYSTEM_USER, raw: true });
  const topic = state.topic(post.topicId);
  const category = topic.categoryId === null ? undefined : state.categories.get(topic.categoryId);
  // Discourse counts the topic's posts that are neither deleted nor deleted by their author.
  const topicPosts = state
    .postsOf(post.topicId)
    .filter((other) => other.deletedAt === null && !other.userDeleted);
  return {
    ...shown,
    topic_title: topic.title,
    category_id: topic.categoryId,
    topic_posts_count: topicPosts.length,
    topic_filtered_posts_count: topicPosts.filter((other) => other.postType === 1).length,
    topic_archetype: topic.archetype,
    ...(category ? { category_slug: category.slug } : {}),
  };
}
