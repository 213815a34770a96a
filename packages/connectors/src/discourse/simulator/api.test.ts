import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeDiscourse, type FakeDiscourse } from "./fake-discourse.ts";

let forum: FakeDiscourse;
beforeEach(async () => {
  forum = await startFakeDiscourse();
  forum.quietly(() => {
    forum.createUser({ username: "support", admin: true });
    forum.createUser({ username: "anna", name: "Anna Berg", email: "anna@example.org" });
  });
});
afterEach(() => forum.close());

/** Calls the fake as the connector does: Api-Key and Api-Username headers. */
async function call(
  path: string,
  init: { as?: string; key?: string; json?: unknown; form?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    "api-key": init.key ?? forum.apiKey,
    "api-username": init.as ?? "support",
  };
  let body: string | undefined;
  if (init.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(init.form).toString();
  }
  const response = await fetch(`${forum.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

describe("the fake Discourse's API", () => {
  it("pages /latest.json by activity, 30 a page, with more_topics_url while pages are full", async () => {
    const start = Date.parse("2025-03-01T08:00:00Z");
    const topics = forum.quietly(() =>
      Array.from(
        { length: 31 },
        (_, index) =>
          forum.createTopic("anna", {
            title: `Frage Nummer ${String(index + 1)} zum Konto`,
            raw: "Text",
            at: new Date(start + index * 60_000),
          }).topic,
      ),
    );
    forum.quietly(() =>
      forum.reply("support", topics[0]?.id ?? 0, "Antwort auf die älteste Frage", {
        at: new Date(start + 99 * 60_000),
      }),
    );

    const first = await call("/latest.json");
    const list = first.json?.topic_list as {
      topics: { id: number; bumped_at: string; posts_count: number }[];
      more_topics_url?: string;
      per_page: number;
    };
    expect(list.per_page).toBe(30);
    expect(list.topics).toHaveLength(30);
    expect(list.topics[0]).toMatchObject({
      id: topics[0]?.id,
      posts_count: 2,
      bumped_at: new Date(start + 99 * 60_000).toISOString(),
    });
    expect(list.more_topics_url).toBe("/latest?page=1");
    const second = (await call("/latest.json?page=1")).json?.topic_list as {
      topics: { id: number }[];
      more_topics_url?: string;
    };
    expect(second.topics.map((topic) => topic.id)).toEqual([topics[1]?.id]);
    expect(second.more_topics_url).toBeUndefined();
  });

  it("serves a topic by id and by slug, its post stream and posts by id", async () => {
    const { topic, post } = forum.quietly(() =>
      forum.createTopic("anna", { title: "Dauerauftrag ändern", raw: "Wie ändere ich ihn?" }),
    );
    const replies = forum.quietly(() =>
      Array.from({ length: 21 }, (_, index) =>
        forum.reply("support", topic.id, `Antwort ${String(index + 1)}`, { replyToPostNumber: 1 }),
      ),
    );
    forum.quietly(() => forum.accept(replies[0]?.id ?? 0, "anna"));

    const byId = await call(`/t/${String(topic.id)}.json`);
    const bySlug = await call(`/t/${topic.slug}/${String(topic.id)}.json`);
    expect(bySlug.json).toEqual(byId.json);
    const stream = byId.json?.post_stream as { posts: { id: number }[]; stream: number[] };
    expect(stream.stream).toEqual([post.id, ...replies.map((reply) => reply.id)]);
    expect(stream.posts).toHaveLength(20);
    expect(byId.json).toMatchObject({
      id: topic.id,
      posts_count: 22,
      highest_post_number: 22,
      details: { created_by: { username: "anna" } },
      accepted_answer: { post_number: 2, username: "support", accepter_username: "anna" },
    });

    const last = replies.at(-1)?.id ?? 0;
    const rest = await call(`/t/${String(topic.id)}/posts.json?post_ids[]=${String(last)}`);
    expect(rest.json).toMatchObject({
      id: topic.id,
      post_stream: {
        posts: [{ id: last, post_number: 22, reply_to_post_number: 1, cooked: "<p>Antwort 21</p>" }],
      },
    });
    expect((await call("/t/99999.json")).status).toBe(404);
  });

  it("creates a reply from JSON or a form and refuses what Discourse refuses", async () => {
    const { topic } = forum.quietly(() =>
      forum.createTopic("anna", { title: "Karte im Ausland", raw: "Geht sie in Kanada?" }),
    );
    const created = await call("/posts.json", {
      json: { topic_id: topic.id, raw: "Ja, überall wo Mastercard steht." },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      topic_id: topic.id,
      post_number: 2,
      username: "support",
      yours: true,
    });

    const short = await call("/posts.json", { form: { topic_id: String(topic.id), raw: "Zu kurz." } });
    expect(short).toMatchObject({
      status: 422,
      json: { errors: ["Body is too short (minimum is 20 characters)"] },
    });

    forum.quietly(() => forum.reply("anna", topic.id, "Danke, das hilft mir sehr weiter!"));
    const again = await call("/posts.json", {
      as: "anna",
      json: { topic_id: topic.id, raw: "Danke, das hilft mir sehr weiter!" },
    });
    expect(again).toMatchObject({
      status: 422,
      json: { errors: ["Body is too similar to what you recently posted"] },
    });

    forum.quietly(() => forum.closeTopic(topic.id));
    const closed = await call("/posts.json", {
      as: "anna",
      json: { topic_id: topic.id, raw: "Noch eine Frage zu den Gebühren dort." },
    });
    expect(closed.status).toBe(422);
    expect(closed.json?.errors).toEqual([expect.stringContaining("closed or deleted")]);
  });

  it("answers a rate-limited call 429 with Retry-After and extras.wait_seconds, then serves again", async () => {
    forum.failNext("latest", { kind: "rate_limit", waitSeconds: 42 });
    const limited = await call("/latest.json");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(limited.json).toMatchObject({ error_type: "rate_limit", extras: { wait_seconds: 42 } });
    expect((await call("/latest.json")).status).toBe(200);
    expect(forum.requests.map((request) => [request.endpoint, request.status])).toEqual([
      ["latest", 429],
      ["latest", 200],
    ]);
  });

  it("refuses a wrong key, and the admin user endpoint to a non-staff user", async () => {
    const wrong = await call("/session/current.json", { key: "not-the-key" });
    expect(wrong).toMatchObject({
      status: 403,
      json: {
        error_type: "invalid_access",
        errors: ["You are not permitted to view the requested resource. The API username or key is invalid."],
      },
    });
    const anna = forum.user("anna");
    expect((await call(`/admin/users/${String(anna.id)}.json`, { as: "anna" })).status).toBe(404);
    const asAdmin = await call(`/admin/users/${String(anna.id)}.json`);
    expect(asAdmin).toMatchObject({
      status: 200,
      json: { username: "anna", email: "anna@example.org", active: true, staged: false },
    });
    expect((await call("/session/current.json", { as: "anna" })).json).toMatchObject({
      current_user: { username: "anna", admin: false },
    });
  });

  it("lists a user's private messages to that user or an admin only", async () => {
    forum.quietly(() => forum.createUser({ username: "ben" }));
    const { topic } = forum.quietly(() =>
      forum.createTopic("anna", {
        title: "Persönliche Frage",
        raw: "Nur für den Support.",
        private: ["support"],
      }),
    );
    const mine = await call("/topics/private-messages/anna.json", { as: "anna" });
    expect(mine.json).toMatchObject({
      topic_list: { topics: [{ id: topic.id, archetype: "private_message" }] },
    });
    expect((await call("/topics/private-messages/anna.json", { as: "ben" })).status).toBe(403);
    expect((await call(`/t/${String(topic.id)}.json`, { as: "ben" })).status).toBe(404);
    expect((await call(`/t/${String(topic.id)}.json`)).json).toMatchObject({
      details: { allowed_users: [{ username: "anna" }, { username: "support" }] },
    });
  });
});
