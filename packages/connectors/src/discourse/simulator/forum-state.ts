import {
  POST_TYPES,
  type ForumCategory,
  type ForumPost,
  type ForumTopic,
  type ForumUser,
} from "./forum-types.ts";

/** Discourse's system user (id -1): it performs automatic actions and serializes webhook payloads. */
export const SYSTEM_USER: ForumUser = {
  id: -1,
  username: "system",
  name: "system",
  email: "no_email",
  active: true,
  staged: false,
  admin: true,
  moderator: true,
  trustLevel: 4,
  createdAt: new Date("2020-01-01T00:00:00Z"),
};

/**
 * The forum's rows. Ids start in different ranges (users 1, categories 1, topics 100, posts 1000)
 * so a test that mixes up a topic id and a post id fails instead of finding the wrong row.
 */
export class ForumState {
  readonly users = new Map<number, ForumUser>([[SYSTEM_USER.id, SYSTEM_USER]]);
  readonly categories = new Map<number, ForumCategory>();
  readonly topics = new Map<number, ForumTopic>();
  readonly posts = new Map<number, ForumPost>();
  private nextUserId = 1;
  private nextCategoryId = 1;
  private nextTopicId: number;
  private nextPostId: number;

  /**
   * `idsFrom`: where topic and post ids start. A forum that lives longer than one fake (the
   * demo's, restarted while Emma keeps what it stored) continues after the ids Emma already has.
   */
  constructor(
    readonly now: () => Date,
    idsFrom: { topic: number; post: number } = { topic: 100, post: 1000 },
  ) {
    this.nextTopicId = idsFrom.topic;
    this.nextPostId = idsFrom.post;
  }

  newUserId(): number {
    return this.nextUserId++;
  }

  /** A user with an id of the caller's choosing (the demo's members keep the ids Emma knows). */
  takeUserId(id: number): number {
    if (this.users.has(id)) throw new Error(`the fake Discourse already has user ${String(id)}`);
    this.nextUserId = Math.max(this.nextUserId, id + 1);
    return id;
  }
  newCategoryId(): number {
    return this.nextCategoryId++;
  }
  newTopicId(): number {
    return this.nextTopicId++;
  }
  newPostId(): number {
    return this.nextPostId++;
  }

  user(id: number): ForumUser {
    const user = this.users.get(id);
    if (!user) throw new Error(`the fake Discourse has no user ${String(id)}`);
    return user;
  }

  userByName(username: string): ForumUser | undefined {
    const wanted = username.toLowerCase();
    return [...this.users.values()].find((user) => user.username.toLowerCase() === wanted);
  }

  topic(id: number): ForumTopic {
    const topic = this.topics.get(id);
    if (!topic) throw new Error(`the fake Discourse has no topic ${String(id)}`);
    return topic;
  }

  post(id: number): ForumPost {
    const post = this.posts.get(id);
    if (!post) throw new Error(`the fake Discourse has no post ${String(id)}`);
    return post;
  }

  /** A topic's posts in post-number order, deleted ones included. */
  postsOf(topicId: number): ForumPost[] {
    return [...this.posts.values()]
      .filter((post) => post.topicId === topicId)
      .sort((a, b) => a.postNumber - b.postNumber);
  }

  firstPost(topicId: number): ForumPost {
    const first = this.postsOf(topicId)[0];
    if (!first) throw new Error(`topic ${String(topicId)} has no posts`);
    return first;
  }

  /** Counts as Discourse keeps them on the topic row (Topic.reset_highest): deleted posts don't count. */
  statsOf(topicId: number) {
    const live = this.postsOf(topicId).filter((post) => post.deletedAt === null);
    const regular = live.filter((post) => post.postType === POST_TYPES.regular);
    const last = regular.at(-1);
    return {
      postsCount: regular.length,
      highestPostNumber: live.at(-1)?.postNumber ?? 0,
      lastPostedAt: last?.createdAt ?? null,
      lastPosterId: last?.userId ?? this.topic(topicId).userId,
      participantIds: [...new Set(regular.map((post) => post.userId))],
      likeCount: regular.reduce((sum, post) => sum + post.likeUserIds.length, 0),
    };
  }
}
