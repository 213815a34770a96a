import type { DiscourseEndpoint } from "./api-failures.ts";
import { discourseErrors, type DiscourseReply } from "./discourse-errors.ts";
import type { ForumState } from "./forum-state.ts";
import type { ForumTopic, ForumUser } from "./forum-types.ts";
import { postJson } from "./post-json.ts";
import { canSeeTopic, topicListJson, topicPostsJson, topicViewJson } from "./topic-json.ts";
import { adminUserJson, currentUserJson, userProfileJson } from "./user-json.ts";

/** SiteSetting.topics_per_page. */
export const TOPICS_PER_PAGE = 30;

const ROUTES: { method: string; pattern: RegExp; endpoint: DiscourseEndpoint }[] = [
  { method: "GET", pattern: /^\/latest(?:\.json)?$/, endpoint: "latest" },
  { method: "GET", pattern: /^\/t\/(?<id>\d+)\/posts(?:\.json)?$/, endpoint: "topic_posts" },
  { method: "GET", pattern: /^\/t\/(?:[^/]+\/)?(?<id>\d+)(?:\.json)?$/, endpoint: "topic" },
  { method: "GET", pattern: /^\/posts\/(?<id>\d+)(?:\.json)?$/, endpoint: "post" },
  { method: "POST", pattern: /^\/posts(?:\.json)?$/, endpoint: "create_post" },
  { method: "GET", pattern: /^\/session\/current(?:\.json)?$/, endpoint: "session" },
  { method: "GET", pattern: /^\/u\/(?<username>[^/]+?)(?:\.json)?$/, endpoint: "user" },
  { method: "GET", pattern: /^\/admin\/users\/(?<id>\d+)(?:\/[^/]+)?(?:\.json)?$/, endpoint: "admin_user" },
  {
    method: "GET",
    pattern: /^\/topics\/private-messages\/(?<username>[^/]+?)(?:\.json)?$/,
    endpoint: "private_messages",
  },
];

export function matchRoute(
  method: string,
  pathname: string,
): { endpoint: DiscourseEndpoint; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const match = route.method === method ? route.pattern.exec(pathname) : null;
    if (match) return { endpoint: route.endpoint, params: { ...match.groups } };
  }
  return undefined;
}

export interface ReadContext {
  state: ForumState;
  viewer: ForumUser | undefined;
  url: URL;
  params: Record<string, string>;
}

const isStaff = (user: ForumUser | undefined) => user !== undefined && (user.admin || user.moderator);
const ok = (body: unknown): DiscourseReply => ({ status: 200, body });

/** ListController's order: `activity` (bumped_at, the default) or `created`, newest first unless ascending. */
function ordered(topics: ForumTopic[], url: URL): ForumTopic[] {
  const byCreated = url.searchParams.get("order") === "created";
  const key = (topic: ForumTopic) => (byCreated ? topic.createdAt : topic.bumpedAt).getTime();
  const sorted = [...topics].sort((a, b) => key(b) - key(a) || b.id - a.id);
  return url.searchParams.get("ascending") === "true" ? sorted.reverse() : sorted;
}

function pageOf(url: URL): number {
  const page = Number.parseInt(url.searchParams.get("page") ?? "0", 10);
  return Number.isFinite(page) && page > 0 ? page : 0;
}

/** The GET endpoints: what Discourse answers the viewer (undefined: an anonymous request). */
export function readRoute(
  endpoint: Exclude<DiscourseEndpoint, "create_post">,
  context: ReadContext,
): DiscourseReply {
  const { state, viewer, url, params } = context;
  switch (endpoint) {
    case "latest": {
      const topics = [...state.topics.values()].filter(
        (topic) =>
          topic.archetype === "regular" && topic.deletedAt === null && (topic.visible || isStaff(viewer)),
      );
      return ok(
        topicListJson(state, ordered(topics, url), {
          path: "/latest",
          number: pageOf(url),
          perPage: TOPICS_PER_PAGE,
        }),
      );
    }
    case "topic": {
      const topic = state.topics.get(Number(params.id));
      if (!topic || !canSeeTopic(topic, viewer)) return discourseErrors.notFound();
      return ok(topicViewJson(state, topic, viewer));
    }
    case "topic_posts": {
      const topic = state.topics.get(Number(params.id));
      if (!topic || !canSeeTopic(topic, viewer)) return discourseErrors.notFound();
      const ids = [...url.searchParams.getAll("post_ids[]"), ...url.searchParams.getAll("post_ids")].map(
        Number,
      );
      return ok(topicPostsJson(state, topic, ids, viewer));
    }
    case "post": {
      const post = state.posts.get(Number(params.id));
      const topic = post ? state.topics.get(post.topicId) : undefined;
      if (!post || !topic || !canSeeTopic(topic, viewer) || (post.deletedAt !== null && !isStaff(viewer)))
        return discourseErrors.notFound();
      return ok(postJson(state, post, { viewer: viewer ?? anonymousViewer, raw: true }));
    }
    case "session":
      // SessionController#current answers an anonymous caller 404 with an empty body.
      return viewer ? ok(currentUserJson(viewer)) : { status: 404, body: "" };
    case "user": {
      const user = state.userByName(params.username ?? "");
      return user && user.id > 0 ? ok(userProfileJson(user)) : discourseErrors.notFound();
    }
    case "admin_user": {
      // The admin routes are mounted for staff only: anyone else finds no route (404).
      if (!viewer || !isStaff(viewer)) return discourseErrors.notFound();
      const user = state.users.get(Number(params.id));
      return user ? ok(adminUserJson(user, viewer)) : discourseErrors.notFound();
    }
    case "private_messages": {
      const owner = state.userByName(params.username ?? "");
      if (!owner) return discourseErrors.notFound();
      if (!viewer) return discourseErrors.notLoggedIn();
      if (!viewer.admin && viewer.id !== owner.id) return discourseErrors.invalidAccess();
      const topics = [...state.topics.values()].filter(
        (topic) =>
          topic.archetype === "private_message" &&
          topic.deletedAt === null &&
          topic.allowedUserIds.includes(owner.id),
      );
      return ok(
        topicListJson(state, ordered(topics, url), {
          path: `/topics/private-messages/${owner.username}`,
          number: pageOf(url),
          perPage: TOPICS_PER_PAGE,
        }),
      );
    }
    default: {
      const unknown: never = endpoint;
      throw new Error(`no route for ${String(unknown)}`);
    }
  }
}

/** Who an anonymous single-post request is serialized for: nobody's post is "yours". */
const anonymousViewer: ForumUser = {
  id: 0,
  username: "",
  name: "",
  email: "",
  active: false,
  staged: false,
  admin: false,
  moderator: false,
  trustLevel: 0,
  createdAt: new Date(0),
};
