import { z } from "zod";
import { discourseErrors, type DiscourseReply } from "./discourse-errors.ts";
import type { DiscourseEvent } from "./discourse-delivery.ts";
import type { ForumActions } from "./forum-actions.ts";
import type { ForumState } from "./forum-state.ts";
import type { ForumPost, ForumUser } from "./forum-types.ts";
import { postJson } from "./post-json.ts";
import { canSeeTopic } from "./topic-json.ts";

/** Discourse's default site settings for lengths and duplicate detection. */
const LIMITS = {
  minPostLength: 20,
  minFirstPostLength: 20,
  minPersonalMessagePostLength: 10,
  maxPostLength: 32000,
  minTopicTitleLength: 15,
  minPersonalMessageTitleLength: 2,
  maxTopicTitleLength: 255,
  uniquePostsMs: 5 * 60_000,
};

/** PostsController#create memoizes an API request's answer this long (DistributedMemoizer, 120 s). */
const API_MEMO_MS = 120_000;

/** Topics Discourse answers "not found" for instead of taking the post (PostCreator, topic_not_found). */
const TOPIC_NOT_FOUND =
  "Something has gone wrong. Perhaps this topic was closed or deleted while you were looking at it?";

const createPostSchema = z.object({
  raw: z.string().optional(),
  topic_id: z.coerce.number().int().optional(),
  reply_to_post_number: z.coerce.number().int().optional(),
  title: z.string().optional(),
  category: z.coerce.number().int().optional(),
  archetype: z.string().optional(),
  target_recipients: z.string().optional(),
  target_usernames: z.string().optional(),
});
type CreatePostParams = z.infer<typeof createPostSchema>;

/** The create parameters from a JSON or form body; null when the body is neither. */
export function createPostParams(contentType: string, body: string): CreatePostParams | null {
  try {
    const fields: unknown = contentType.includes("application/json")
      ? JSON.parse(body)
      : Object.fromEntries(new URLSearchParams(body));
    return createPostSchema.safeParse(fields).data ?? null;
  } catch {
    return null;
  }
}

function lengthErrors(label: string, text: string, min: number, max: number): string[] {
  const stripped = text.trim();
  if (stripped === "")
    return [`${label} can't be blank`, `${label} is too short (minimum is ${String(min)} characters)`];
  if (stripped.length < min) return [`${label} is too short (minimum is ${String(min)} characters)`];
  if (stripped.length > max) return [`${label} is too long (maximum is ${String(max)} characters)`];
  return [];
}

export interface CreatePostResult {
  reply: DiscourseReply;
  events: DiscourseEvent[];
}

/**
 * POST /posts.json as PostsController#create + PostCreator answer an API caller: a reply to topic_id,
 * or a new topic (title, category) or private message (archetype, target_recipients). Identical
 * requests of one user within 120 s get the first answer again and create nothing.
 */
export class CreatePostRoute {
  private readonly memo = new Map<string, { at: number; result: CreatePostResult }>();

  constructor(
    private readonly state: ForumState,
    private readonly actions: ForumActions,
  ) {}

  handle(viewer: ForumUser | undefined, params: CreatePostParams | null): CreatePostResult {
    if (!viewer) return { reply: discourseErrors.notLoggedIn(), events: [] };
    if (!params)
      return {
        reply: { status: 400, body: { errors: ["param is missing or the value is empty: raw"] } },
        events: [],
      };
    const key = JSON.stringify([viewer.id, Object.entries(params).sort(([a], [b]) => a.localeCompare(b))]);
    const now = this.state.now().getTime();
    const remembered = this.memo.get(key);
    if (remembered && now - remembered.at < API_MEMO_MS)
      return { reply: remembered.result.reply, events: [] };
    const result = this.create(viewer, params);
    this.memo.set(key, { at: now, result });
    return result;
  }

  private create(viewer: ForumUser, params: CreatePostParams): CreatePostResult {
    const raw = params.raw ?? "";
    const staff = viewer.admin || viewer.moderator;
    if (params.topic_id !== undefined) {
      const topic = this.state.topics.get(params.topic_id);
      // Guardian#can_create_post_on_topic?: admins anywhere; moderators and TL4 also in closed topics.
      const mayPost =
        topic !== undefined &&
        topic.deletedAt === null &&
        canSeeTopic(topic, viewer) &&
        (viewer.admin || !(topic.closed || topic.archived) || staff || viewer.trustLevel >= 4);
      if (!mayPost) return refused([TOPIC_NOT_FOUND]);
      const min =
        topic.archetype === "private_message" ? LIMITS.minPersonalMessagePostLength : LIMITS.minPostLength;
      const errors = [
        ...lengthErrors("Body", raw, min, LIMITS.maxPostLength),
        ...this.duplicateErrors(viewer, raw),
      ];
      if (errors.length > 0) return refused(errors);
      const replyTo = this.state
        .postsOf(topic.id)
        .find((post) => post.postNumber === params.reply_to_post_number && post.deletedAt === null);
      const { post, events } = this.actions.reply(viewer, topic.id, raw, {
        replyToPostNumber: replyTo?.postNumber ?? null,
      });
      return created(this.state, post, viewer, events);
    }
    const isPrivate = params.archetype === "private_message";
    const recipients = (params.target_recipients ?? params.target_usernames ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    const title = params.title ?? "";
    const errors = [
      ...lengthErrors(
        "Title",
        title,
        isPrivate ? LIMITS.minPersonalMessageTitleLength : LIMITS.minTopicTitleLength,
        LIMITS.maxTopicTitleLength,
      ),
      ...lengthErrors(
        "Body",
        raw,
        isPrivate ? LIMITS.minPersonalMessagePostLength : LIMITS.minFirstPostLength,
        LIMITS.maxPostLength,
      ),
      ...this.duplicateErrors(viewer, raw),
      ...(isPrivate && recipients.length === 0 ? ["Target recipients can't be blank"] : []),
      ...recipients.flatMap((name) =>
        this.state.userByName(name) ? [] : [`Sorry, there is no user named ${name}.`],
      ),
    ];
    if (errors.length > 0) return refused(errors);
    const { post, events } = this.actions.createTopic(viewer, {
      title,
      raw,
      categoryId: params.category ?? null,
      ...(isPrivate ? { privateTo: recipients } : {}),
    });
    return created(this.state, post, viewer, events);
  }

  /** UniquePostValidator: staff are exempt; others may not repeat themselves within five minutes. */
  private duplicateErrors(viewer: ForumUser, raw: string): string[] {
    if (viewer.admin || viewer.moderator) return [];
    const since = this.state.now().getTime() - LIMITS.uniquePostsMs;
    const repeated = [...this.state.posts.values()].some(
      (post) =>
        post.userId === viewer.id && post.raw.trim() === raw.trim() && post.createdAt.getTime() >= since,
    );
    return repeated ? ["Body is too similar to what you recently posted"] : [];
  }
}

function refused(errors: string[]): CreatePostResult {
  return { reply: discourseErrors.postRefused(errors), events: [] };
}

/** The created post as PostSerializer shows it to its author (no raw: NewPostResultSerializer adds none). */
function created(
  state: ForumState,
  post: ForumPost,
  viewer: ForumUser,
  events: DiscourseEvent[],
): CreatePostResult {
  return { reply: { status: 200, body: postJson(state, post, { viewer }) }, events };
}
