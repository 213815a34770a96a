import { cook, slugify } from "./cook.ts";
import type { DiscourseEvent } from "./discourse-delivery.ts";
import { forumEvents } from "./forum-events.ts";
import { SYSTEM_USER, type ForumState } from "./forum-state.ts";
import { POST_TYPES, type ForumPost, type ForumTopic, type ForumUser, type PostType } from "./forum-types.ts";

/** The placeholders PostDestroyer#mark_for_deletion writes (js.post / js.topic.deleted_by_author_simple). */
export const DELETED_BY_AUTHOR = { post: "(post deleted by author)", topic: "(topic deleted by author)" };

export interface NewTopic {
  title: string;
  raw: string;
  categoryId?: number | null;
  /** Usernames the private message goes to (the author is added); omitted: a public topic. */
  privateTo?: string[];
  at?: Date;
}

/**
 * The forum's state changes, each returning the webhook events Discourse enqueues for it, in
 * Discourse's order (PostCreator: topic_created before post_created; PostDestroyer: post before topic).
 */
export class ForumActions {
  constructor(private readonly state: ForumState) {}

  createTopic(
    author: ForumUser,
    input: NewTopic,
  ): { topic: ForumTopic; post: ForumPost; events: DiscourseEvent[] } {
    const at = input.at ?? this.state.now();
    const allowed = (input.privateTo ?? []).map((username) => {
      const user = this.state.userByName(username);
      if (!user) throw new Error(`no user ${username} to send a private message to`);
      return user.id;
    });
    const topic: ForumTopic = {
      id: this.state.newTopicId(),
      title: input.title,
      slug: slugify(input.title),
      archetype: input.privateTo ? "private_message" : "regular",
      categoryId: input.privateTo ? null : (input.categoryId ?? null),
      userId: author.id,
      allowedUserIds: input.privateTo ? [...new Set([author.id, ...allowed])] : [],
      closed: false,
      archived: false,
      visible: true,
      createdAt: at,
      bumpedAt: at,
      deletedAt: null,
      deletedById: null,
      solved: null,
    };
    this.state.topics.set(topic.id, topic);
    const post = this.addPost(topic, author, input.raw, { at, replyToPostNumber: null });
    return {
      topic,
      post,
      events: [
        forumEvents.topic(this.state, "topic_created", topic),
        forumEvents.post(this.state, "post_created", post),
      ],
    };
  }

  reply(
    author: ForumUser,
    topicId: number,
    raw: string,
    options: { replyToPostNumber?: number | null; at?: Date } = {},
  ): { post: ForumPost; events: DiscourseEvent[] } {
    const topic = this.state.topic(topicId);
    const at = options.at ?? this.state.now();
    const post = this.addPost(topic, author, raw, {
      at,
      replyToPostNumber: options.replyToPostNumber ?? null,
    });
    topic.bumpedAt = at;
    return { post, events: [forumEvents.post(this.state, "post_created", post)] };
  }

  edit(postId: number, raw: string): DiscourseEvent[] {
    const post = this.state.post(postId);
    this.revise(post, raw);
    return [forumEvents.post(this.state, "post_edited", post)];
  }

  /**
   * PostDestroyer#destroy: staff trash the post (and with a first post its topic); an author's own
   * delete only replaces the text, marks it user_deleted and, for a first post, closes the topic.
   */
  destroy(
    postId: number,
    by: { kind: "author" } | { kind: "moderator"; moderator?: ForumUser },
  ): DiscourseEvent[] {
    const post = this.state.post(postId);
    const topic = this.state.topic(post.topicId);
    const first = post.postNumber === 1;
    if (by.kind === "author") {
      post.rawBeforeUserDelete = post.raw;
      this.revise(post, first ? DELETED_BY_AUTHOR.topic : DELETED_BY_AUTHOR.post);
      post.userDeleted = true;
      if (first) topic.closed = true;
      return [
        forumEvents.post(this.state, "post_edited", post),
        forumEvents.post(this.state, "post_destroyed", post),
      ];
    }
    const moderator = by.moderator ?? SYSTEM_USER;
    const at = this.state.now();
    post.deletedAt = at;
    post.deletedById = moderator.id;
    if (topic.solved?.postId === post.id) topic.solved = null;
    const events = [forumEvents.post(this.state, "post_destroyed", post)];
    if (!first) return events;
    topic.deletedAt = at;
    topic.deletedById = moderator.id;
    return [...events, forumEvents.topic(this.state, "topic_destroyed", topic)];
  }

  /** PostDestroyer#recover: staff_recovered for a trashed post, user_recovered (text back) for the author's. */
  recover(postId: number): DiscourseEvent[] {
    const post = this.state.post(postId);
    const topic = this.state.topic(post.topicId);
    const events: DiscourseEvent[] = [];
    if (post.deletedAt !== null) {
      post.deletedAt = null;
      post.deletedById = null;
      post.userDeleted = false;
    } else if (post.userDeleted) {
      post.userDeleted = false;
      if (post.postNumber === 1) topic.closed = false;
      this.revise(post, post.rawBeforeUserDelete ?? post.raw);
      post.rawBeforeUserDelete = null;
      events.push(forumEvents.post(this.state, "post_edited", post));
    }
    events.push(forumEvents.post(this.state, "post_recovered", post));
    if (post.postNumber !== 1) return events;
    topic.deletedAt = null;
    topic.deletedById = null;
    return [...events, forumEvents.topic(this.state, "topic_recovered", topic)];
  }

  /** Post#hide! / #unhide!: no webhook of their own (a hidden first post unlists its topic). */
  setHidden(postId: number, hidden: boolean): DiscourseEvent[] {
    const post = this.state.post(postId);
    post.hidden = hidden;
    if (post.postNumber === 1) this.state.topic(post.topicId).visible = !hidden;
    return [];
  }

  /** discourse-solved: a new accepted answer replaces the old one without an unaccepted_solution. */
  accept(postId: number, accepter: ForumUser): DiscourseEvent[] {
    const post = this.state.post(postId);
    this.state.topic(post.topicId).solved = { postId, accepterId: accepter.id };
    return [forumEvents.solved(this.state, "accepted_solution", post)];
  }

  unaccept(postId: number): DiscourseEvent[] {
    const post = this.state.post(postId);
    const topic = this.state.topic(post.topicId);
    if (topic.solved?.postId !== postId) return [];
    topic.solved = null;
    return [forumEvents.solved(this.state, "unaccepted_solution", post)];
  }

  like(postId: number, liker: ForumUser): DiscourseEvent[] {
    const post = this.state.post(postId);
    if (post.likeUserIds.includes(liker.id)) return [];
    post.likeUserIds.push(liker.id);
    return [forumEvents.like(this.state, post, liker)];
  }

  /**
   * TopicStatusUpdater: the status column, a small-action post recording it (post_created with
   * post_type 3 and an action_code), then topic_<status>_status_updated.
   */
  setClosed(topicId: number, closed: boolean, by: ForumUser): DiscourseEvent[] {
    const topic = this.state.topic(topicId);
    if (topic.closed === closed) return [];
    topic.closed = closed;
    const note = this.addPost(topic, by, "", {
      at: this.state.now(),
      replyToPostNumber: null,
      postType: POST_TYPES.smallAction,
      actionCode: closed ? "closed.enabled" : "closed.disabled",
    });
    return [
      forumEvents.post(this.state, "post_created", note),
      forumEvents.topic(this.state, "topic_closed_status_updated", topic),
    ];
  }

  /** A changed title comes as topic_edited only (Discourse skips post_edited when the topic changed). */
  retitle(topicId: number, title: string): DiscourseEvent[] {
    const topic = this.state.topic(topicId);
    topic.title = title;
    topic.slug = slugify(title);
    return [forumEvents.topic(this.state, "topic_edited", topic)];
  }

  addPost(
    topic: ForumTopic,
    author: ForumUser,
    raw: string,
    options: { at: Date; replyToPostNumber: number | null; postType?: PostType; actionCode?: string },
  ): ForumPost {
    const post: ForumPost = {
      id: this.state.newPostId(),
      topicId: topic.id,
      postNumber: (this.state.postsOf(topic.id).at(-1)?.postNumber ?? 0) + 1,
      postType: options.postType ?? POST_TYPES.regular,
      userId: author.id,
      raw,
      cooked: cook(raw),
      version: 1,
      createdAt: options.at,
      updatedAt: options.at,
      replyToPostNumber: options.replyToPostNumber,
      deletedAt: null,
      deletedById: null,
      userDeleted: false,
      rawBeforeUserDelete: null,
      hidden: false,
      likeUserIds: [],
      actionCode: options.actionCode ?? null,
    };
    this.state.posts.set(post.id, post);
    return post;
  }

  private revise(post: ForumPost, raw: string): void {
    post.raw = raw;
    post.cooked = cook(raw);
    post.version += 1;
    post.updatedAt = this.state.now();
  }
}
