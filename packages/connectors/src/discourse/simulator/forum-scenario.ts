import type { DiscourseEvent } from "./discourse-delivery.ts";
import type { ForumActions } from "./forum-actions.ts";
import { forumEvents } from "./forum-events.ts";
import { SYSTEM_USER, type ForumState } from "./forum-state.ts";
import type { ForumCategory, ForumPost, ForumTopic, ForumUser } from "./forum-types.ts";
import { slugify } from "./cook.ts";

/** A user, or their username. */
export type UserRef = ForumUser | string;

export interface NewForumUser {
  /** Default: the next free id. */
  id?: number;
  username: string;
  name?: string;
  email?: string;
  /** E-mail confirmed (default true). */
  active?: boolean;
  staged?: boolean;
  admin?: boolean;
  moderator?: boolean;
  trustLevel?: number;
}

/**
 * What happens on the forum, for tests and the demo: each helper changes the state and hands the
 * webhook events Discourse would send to `emit` (which drops them while seeding quietly).
 */
export function forumScenario(
  state: ForumState,
  actions: ForumActions,
  emit: (events: DiscourseEvent[]) => void,
) {
  const userOf = (ref: UserRef): ForumUser => {
    if (typeof ref !== "string") return state.user(ref.id);
    const user = state.userByName(ref);
    if (!user) throw new Error(`the fake Discourse has no user ${ref}`);
    return user;
  };
  const run = <T>(change: { events: DiscourseEvent[] } & T): T => {
    emit(change.events);
    return change;
  };

  return {
    user: userOf,
    createUser(input: NewForumUser): ForumUser {
      const user: ForumUser = {
        id: input.id === undefined ? state.newUserId() : state.takeUserId(input.id),
        username: input.username,
        name: input.name ?? input.username,
        email: input.email ?? `${input.username.toLowerCase()}@example.com`,
        active: input.active ?? !(input.staged ?? false),
        staged: input.staged ?? false,
        admin: input.admin ?? false,
        moderator: input.moderator ?? false,
        trustLevel: input.trustLevel ?? 1,
        createdAt: state.now(),
      };
      state.users.set(user.id, user);
      emit([forumEvents.user("user_created", user)]);
      return user;
    },
    createCategory(name: string): ForumCategory {
      const category = { id: state.newCategoryId(), name, slug: slugify(name) };
      state.categories.set(category.id, category);
      return category;
    },
    createTopic(
      author: UserRef,
      input: {
        title: string;
        raw: string;
        category?: ForumCategory | number;
        private?: UserRef[];
        at?: Date;
      },
    ): { topic: ForumTopic; post: ForumPost } {
      return run(
        actions.createTopic(userOf(author), {
          title: input.title,
          raw: input.raw,
          categoryId: typeof input.category === "object" ? input.category.id : (input.category ?? null),
          ...(input.private ? { privateTo: input.private.map((ref) => userOf(ref).username) } : {}),
          ...(input.at ? { at: input.at } : {}),
        }),
      );
    },
    reply(
      author: UserRef,
      topicId: number,
      raw: string,
      options: { replyToPostNumber?: number; at?: Date } = {},
    ): ForumPost {
      return run(actions.reply(userOf(author), topicId, raw, options)).post;
    },
    edit(postId: number, raw: string): void {
      emit(actions.edit(postId, raw));
    },
    destroy(
      postId: number,
      options: { by: "author" | "moderator"; moderator?: UserRef } = { by: "moderator" },
    ): void {
      emit(
        actions.destroy(
          postId,
          options.by === "author"
            ? { kind: "author" }
            : { kind: "moderator", moderator: options.moderator ? userOf(options.moderator) : SYSTEM_USER },
        ),
      );
    },
    recover(postId: number): void {
      emit(actions.recover(postId));
    },
    hide(postId: number): void {
      emit(actions.setHidden(postId, true));
    },
    unhide(postId: number): void {
      emit(actions.setHidden(postId, false));
    },
    accept(postId: number, byUser: UserRef): void {
      emit(actions.accept(postId, userOf(byUser)));
    },
    unaccept(postId: number): void {
      emit(actions.unaccept(postId));
    },
    like(postId: number, liker: UserRef): void {
      emit(actions.like(postId, userOf(liker)));
    },
    renameUser(ref: UserRef, change: { username?: string; name?: string }): void {
      const user = userOf(ref);
      if (change.username !== undefined) user.username = change.username;
      if (change.name !== undefined) user.name = change.name;
      emit([forumEvents.user("user_updated", user)]);
    },
    closeTopic(topicId: number, options: { closed?: boolean; by?: UserRef } = {}): void {
      emit(actions.setClosed(topicId, options.closed ?? true, options.by ? userOf(options.by) : SYSTEM_USER));
    },
    retitleTopic(topicId: number, title: string): void {
      emit(actions.retitle(topicId, title));
    },
    /** TopicsController#destroy: a moderator deletes the first post, and with it the topic. */
    deleteTopic(topicId: number, by?: UserRef): void {
      const first = state.firstPost(topicId);
      emit(actions.destroy(first.id, { kind: "moderator", moderator: by ? userOf(by) : SYSTEM_USER }));
    },
    recoverTopic(topicId: number): void {
      emit(actions.recover(state.firstPost(topicId).id));
    },
    /** The admin's "Ping" button: `{"ping":"OK"}` to every webhook. */
    ping(): void {
      emit([forumEvents.ping()]);
    },
  };
}

export type ForumScenario = ReturnType<typeof forumScenario>;
