import { afterEach, describe, expect, it } from "vitest";
import { RetryLaterError, type PolledBatch } from "../connector.ts";
import { DISCOURSE_POLLED_ANSWER_CONTENT_TYPE } from "./discourse-content-types.ts";
import { postDedupeKey } from "./discourse-dedupe-key.ts";
import type { DiscoursePost } from "./discourse-objects.ts";
import { parseDiscourseEvent } from "./parse-discourse-event.ts";
import { pollDiscourse } from "./poll-discourse.ts";
import { postPayload } from "./test/discourse-fixtures.ts";
import { startFakeForumApi, type ForumAnswer, type ForumRequest } from "./test/fake-forum-api.ts";
import { forumContext } from "./test/forum-context.ts";

interface ForumTopic {
  id: number;
  title: string;
  bumpedAt: string;
  archetype?: string;
  posts: DiscoursePost[];
  acceptedPostNumber?: number;
}

const PAGE_SIZE = 2;
const VIEW_CHUNK = 2;

/** Discourse's list, topic and posts routes over a few topics; 429s on demand. */
function forumOf(topics: ForumTopic[], limited: { path?: string; after?: number } = {}) {
  let served = 0;
  return (request: ForumRequest): ForumAnswer => {
    served += 1;
    if (limited.path && request.path.startsWith(limited.path) && served > (limited.after ?? 0)) {
      return {
        status: 429,
        headers: { "retry-after": "40" },
        body: {
          errors: ["You’ve performed this action too many times."],
          error_type: "rate_limit",
          extras: { wait_seconds: 40 },
        },
      };
    }
    const page = Number(request.query.get("page") ?? "0");
    const list = (archetype: string) => {
      const listed = topics
        .filter((topic) => (topic.archetype ?? "regular") === archetype)
        .sort((a, b) => b.bumpedAt.localeCompare(a.bumpedAt));
      const slice = listed.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      return {
        status: 200,
        body: {
          topic_list: {
            topics: slice.map((topic) => ({
              id: topic.id,
              bumped_at: topic.bumpedAt,
              created_at: "2026-10-01T00:00:00.000Z",
            })),
            more_topics_url:
              listed.length > (page + 1) * PAGE_SIZE ? `/latest?page=${String(page + 1)}` : null,
          },
        },
      };
    };
    if (request.path === "/latest.json") return list("regular");
    if (request.path === "/topics/private-messages/emma_support.json") return list("private_message");
    const view = /^\/t\/(\d+)\.json$/.exec(request.path);
    const posts = /^\/t\/(\d+)\/posts\.json$/.exec(request.path);
    const topic = topics.find((candidate) => String(candidate.id) === (view?.[1] ?? posts?.[1]));
    if (topic && view) {
      const accepted = topic.posts.find((post) => post.post_number === topic.acceptedPostNumber);
      return {
        status: 200,
        body: {
          id: topic.id,
          title: topic.title,
          slug: "thema",
          archetype: topic.archetype ?? "regular",
          created_at: "2026-10-01T00:00:00.000Z",
          details: { created_by: { id: 42, username: "juergen_w" } },
          post_stream: {
            posts: topic.posts.slice(0, VIEW_CHUNK),
            stream: topic.posts.map((post) => post.id),
          },
          ...(accepted
            ? { accepted_answer: { post_number: accepted.post_number, username: accepted.username } }
            : {}),
        },
      };
    }
    if (topic && posts) {
      const ids = request.query.getAll("post_ids[]").map(Number);
      return {
        status: 200,
        body: { post_stream: { posts: topic.posts.filter((post) => ids.includes(post.id)) } },
      };
    }
    return { status: 404, body: { errors: ["The requested URL or resource could not be found."] } };
  };
}

function postsOf(topicId: number, count: number, firstId: number, at: string): DiscoursePost[] {
  return Array.from({ length: count }, (_, index) =>
    postPayload({
      id: firstId + index,
      topic_id: topicId,
      post_number: index + 1,
      created_at: at,
      updated_at: at,
      raw: `Beitrag ${String(index + 1)}`,
    }),
  );
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function start(answer: (request: ForumRequest) => ForumAnswer) {
  const api = await startFakeForumApi(answer);
  close = api.close;
  return api;
}

async function pollAll(
  url: string,
  cursor: unknown,
  limit: number,
): Promise<{ batches: PolledBatch[]; cursor: unknown }> {
  const batches: PolledBatch[] = [];
  let current = cursor;
  for (let round = 0; round < 50; round += 1) {
    const batch = await pollDiscourse({
      ...forumContext(url),
      cursor: current,
      limit,
      signal: new AbortController().signal,
    });
    batches.push(batch);
    current = batch.cursor;
    if (!batch.more) break;
  }
  return { batches, cursor: current };
}

const base = Date.now() - 2 * 86_400_000;
const recent = new Date(base).toISOString();
/** A time `seconds` after `recent`: topics bumped later come first in Discourse's list. */
const after = (seconds: number) => new Date(base + seconds * 1000).toISOString();
const old = new Date(Date.now() - 90 * 86_400_000).toISOString();

describe("catching up with a Discourse forum", () => {
  it("reads every topic bumped within the backfill, page by page, in batches within the limit", async () => {
    const topics: ForumTopic[] = [
      { id: 1, title: "Eins", bumpedAt: recent, posts: postsOf(1, 3, 100, recent) },
      { id: 2, title: "Zwei", bumpedAt: after(1), posts: postsOf(2, 5, 200, recent) },
      { id: 3, title: "Drei", bumpedAt: after(2), posts: postsOf(3, 1, 300, recent) },
      { id: 4, title: "Alt", bumpedAt: old, posts: postsOf(4, 2, 400, old) },
      {
        id: 5,
        title: "Privat",
        bumpedAt: recent,
        archetype: "private_message",
        posts: postsOf(5, 1, 500, recent),
      },
    ];
    const api = await start(forumOf(topics));
    const { batches } = await pollAll(api.url, null, 3);
    for (const batch of batches) expect(batch.deliveries.length).toBeLessThanOrEqual(3);
    expect(batches.slice(0, -1).every((batch) => batch.more)).toBe(true);
    const keys = batches.flatMap((batch) => batch.deliveries.map((delivery) => delivery.dedupeKey));
    const expected = topics
      .filter((topic) => topic.id !== 4)
      .flatMap((topic) => topic.posts.map((post) => postDedupeKey(post)));
    expect(keys.sort()).toEqual(expected.sort());
    // Discourse's list pages were followed, and the old topic's page was never needed.
    expect(
      api.requests.some((request) => request.path === "/latest.json" && request.query.get("page") === "1"),
    ).toBe(true);
    expect(api.requests.some((request) => request.path === "/t/4.json")).toBe(false);
    expect(api.requests.every((request) => request.headers["api-username"] === "emma_support")).toBe(true);
  });

  it("a post whose webhook never came arrives with the next catch-up, and nothing older comes again", async () => {
    const topic: ForumTopic = { id: 7, title: "Karte", bumpedAt: recent, posts: postsOf(7, 2, 700, recent) };
    const api = await start(forumOf([topic]));
    const first = await pollAll(api.url, null, 50);
    expect(first.batches.flatMap((batch) => batch.deliveries)).toHaveLength(2);

    // A reply is posted; Discourse's webhook to Emma is lost.
    const later = new Date(Date.parse(recent) + 3_600_000).toISOString();
    const missed = postPayload({
      id: 702,
      topic_id: 7,
      post_number: 3,
      created_at: later,
      updated_at: later,
      raw: "Noch da?",
    });
    topic.posts.push(missed);
    topic.bumpedAt = later;
    const second = await pollAll(api.url, first.cursor, 50);
    const deliveries = second.batches.flatMap((batch) => batch.deliveries);
    expect(deliveries.map((delivery) => delivery.dedupeKey)).toEqual([postDedupeKey(missed)]);
    const [message] = parseDiscourseEvent(
      {
        contentType: deliveries[0]?.contentType ?? "",
        body: deliveries[0]?.body ?? Buffer.alloc(0),
        headers: {},
      },
      forumContext(api.url).config,
    );
    expect(message).toMatchObject({
      externalId: "post:702",
      threadKey: "topic:7",
      text: "Noch da?",
      subject: "Karte",
    });
  });

  it("delivers the topic's accepted answer", async () => {
    const topic: ForumTopic = {
      id: 8,
      title: "Gelöst",
      bumpedAt: recent,
      posts: postsOf(8, 3, 800, recent),
      acceptedPostNumber: 3,
    };
    const api = await start(forumOf([topic]));
    const { batches } = await pollAll(api.url, null, 50);
    const answers = batches
      .flatMap((batch) => batch.deliveries)
      .filter((delivery) => delivery.contentType === DISCOURSE_POLLED_ANSWER_CONTENT_TYPE);
    expect(answers).toHaveLength(1);
    const [change] = parseDiscourseEvent(
      { contentType: answers[0]?.contentType ?? "", body: answers[0]?.body ?? Buffer.alloc(0), headers: {} },
      forumContext(api.url).config,
    );
    expect(change).toMatchObject({
      externalId: "post:802",
      change: { type: "solution", accepted: true, how: "accepted" },
    });
  });

  it("waits when Discourse says so: RetryLaterError with nothing fetched, retryAfter on a batch", async () => {
    const topics: ForumTopic[] = [
      { id: 1, title: "Eins", bumpedAt: recent, posts: postsOf(1, 2, 100, recent) },
      { id: 2, title: "Zwei", bumpedAt: after(1), posts: postsOf(2, 2, 200, recent) },
    ];
    const before = Date.now();
    const blocked = await start(forumOf(topics, { path: "/latest.json" }));
    const error: unknown = await pollDiscourse({
      ...forumContext(blocked.url),
      cursor: null,
      limit: 10,
      signal: new AbortController().signal,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect((error as RetryLaterError).retryAt.getTime()).toBeGreaterThanOrEqual(before + 40_000);
    await close?.();

    // The first topic's posts get through, then the forum limits the second topic's view.
    const partly = await start(forumOf(topics, { path: "/t/1.json" }));
    const batch = await pollDiscourse({
      ...forumContext(partly.url),
      cursor: null,
      limit: 10,
      signal: new AbortController().signal,
    });
    expect(batch.deliveries.map((delivery) => delivery.dedupeKey)).toEqual(
      topics[1]?.posts.map((post) => postDedupeKey(post)),
    );
    expect(batch.more).toBe(false);
    expect(batch.retryAfter?.getTime()).toBeGreaterThanOrEqual(before + 40_000);
    expect(batch.cursor).toMatchObject({ sweep: { list: "latest", page: 0, index: 1, offset: 0 } });
  });
});
