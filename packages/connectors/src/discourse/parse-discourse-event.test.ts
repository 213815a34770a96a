import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../connector.ts";
import {
  DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
  DISCOURSE_POLLED_POST_CONTENT_TYPE,
} from "./discourse-content-types.ts";
import { parseDiscourseEvent } from "./parse-discourse-event.ts";
import { forumConfig, postPayload, signedDelivery, SITE, topicPayload } from "./test/discourse-fixtures.ts";

const config = forumConfig({ agentUsernames: { "lena.koch@bank.example": "lena_support" } });

function parse(type: string, event: string, payload: unknown): InboundMessage[] {
  const { body, headers } = signedDelivery(type, event, payload);
  const stored: StoredEvent = { contentType: "application/json", body: Buffer.from(body), headers };
  const messages = parseDiscourseEvent(stored, config);
  // Everything the connector returns is what ingest accepts.
  for (const message of messages) inboundMessageSchema.parse(message);
  return messages;
}

describe("reading Discourse's events", () => {
  it("a ping, and events Emma does not read, give nothing", () => {
    expect(parse("ping", "ping", null)).toEqual([]);
    expect(parse("user", "user_created", { id: 3, username: "neu" })).toEqual([]);
    expect(parse("topic", "topic_created", topicPayload())).toEqual([]);
  });

  it("a customer's post is an inbound forum post by its author, with the topic as subject", () => {
    const [message] = parse("post", "post_created", postPayload());
    expect(message).toMatchObject({
      channel: "forum",
      kind: "forum_post",
      externalId: "post:501",
      threadKey: "topic:77",
      direction: "inbound",
      subject: "Karte im Ausland abgelehnt",
      publicThread: true,
      text: "Meine Karte wird im Ausland **abgelehnt**.",
      html: "<p>Meine Karte wird im Ausland <strong>abgelehnt</strong>.</p>",
      author: {
        name: "Jürgen Weiß",
        identities: [{ kind: "forum", value: "42", site: SITE, display: "juergen_w" }],
      },
      metadata: {
        topicId: 77,
        postNumber: 1,
        replyToPostNumber: null,
        url: `${SITE}/t/karte-im-ausland-abgelehnt/77/1`,
        staff: false,
        username: "juergen_w",
      },
    });
    expect(message?.change).toBeUndefined();
  });

  it("reads the text from cooked HTML when the payload has no raw", () => {
    const { raw: _raw, ...cookedOnly } = postPayload({
      cooked: "<p>Erste Zeile<br>zweite &amp; dritte</p><p>Neuer Absatz</p>",
    });
    const [message] = parse("post", "post_created", cookedOnly);
    expect(message?.text).toBe("Erste Zeile\nzweite & dritte\n\nNeuer Absatz");
  });

  it("a post by our staff account, a mapped agent or forum staff is ours: outbound, no customer", () => {
    for (const author of [
      { username: "emma_support" },
      { username: "lena_support" },
      { username: "mod_anna", moderator: true, staff: true },
    ]) {
      const [message] = parse("post", "post_created", postPayload({ ...author, post_number: 2 }));
      expect(message).toMatchObject({
        direction: "outbound",
        author: { identities: [] },
        metadata: { staff: true, postedBy: author.username },
      });
    }
  });

  it("a private message is no public thread", () => {
    const [message] = parse("post", "post_created", postPayload({ topic_archetype: "private_message" }));
    expect(message?.publicThread).toBe(false);
  });

  it("an edit replaces the text as of updated_at, and a post first seen edited is still one item", () => {
    const messages = parse(
      "post",
      "post_edited",
      postPayload({ version: 3, raw: "Karte geht wieder", updated_at: "2026-11-02T11:00:00.000Z" }),
    );
    expect(messages[0]).toMatchObject({
      externalId: "post:501",
      text: "Karte geht wieder",
      change: { type: "edit", editedAt: new Date("2026-11-02T11:00:00.000Z") },
      author: { identities: [{ value: "42" }] },
    });
    // An edit also lifts a hiding (Discourse sends no event of its own when a post is unhidden).
    expect(messages[1]?.change).toEqual({
      type: "restore",
      restoredAt: new Date("2026-11-02T11:00:00.000Z"),
    });
    expect(parse("post", "post_created", postPayload({ version: 2 }))[0]?.change?.type).toBe("edit");
  });

  it("a removal says who removed it; a recovered post comes back; a hidden post is removed by a moderator", () => {
    const byAuthor = parse(
      "post",
      "post_destroyed",
      postPayload({ user_deleted: true, updated_at: "2026-11-03T07:00:00.000Z" }),
    );
    expect(byAuthor[0]?.change).toEqual({
      type: "delete",
      deletedAt: new Date("2026-11-03T07:00:00.000Z"),
      by: "author",
      purge: false,
    });
    const byModerator = parse(
      "post",
      "post_destroyed",
      postPayload({ deleted_at: "2026-11-03T08:00:00.000Z" }),
    );
    expect(byModerator[0]?.change).toMatchObject({
      type: "delete",
      by: "moderator",
      deletedAt: new Date("2026-11-03T08:00:00.000Z"),
    });
    const recovered = parse(
      "post",
      "post_recovered",
      postPayload({ updated_at: "2026-11-03T09:00:00.000Z" }),
    );
    expect(recovered[0]?.change).toEqual({
      type: "restore",
      restoredAt: new Date("2026-11-03T09:00:00.000Z"),
    });
    const hidden = parse(
      "post",
      "post_edited",
      postPayload({ hidden: true, updated_at: "2026-11-03T10:00:00.000Z" }),
    );
    expect(hidden).toHaveLength(1);
    expect(hidden[0]?.change).toMatchObject({ type: "delete", by: "moderator", purge: false });
  });

  it("topic events change the conversation: renamed, closed, removed, recovered", () => {
    const at = new Date("2026-11-02T10:00:00.000Z");
    expect(
      parse("topic", "topic_edited", topicPayload({ title: "Karte im Urlaub gesperrt" }))[0],
    ).toMatchObject({
      threadKey: "topic:77",
      change: { type: "thread", at, subject: "Karte im Urlaub gesperrt" },
    });
    expect(parse("topic", "topic_closed_status_updated", topicPayload({ closed: true }))[0]?.change).toEqual({
      type: "thread",
      at,
      closed: true,
    });
    expect(
      parse("topic", "topic_archived_status_updated", topicPayload({ archived: false }))[0]?.change,
    ).toEqual({
      type: "thread",
      at,
      closed: false,
    });
    const destroyed = parse(
      "topic",
      "topic_destroyed",
      topicPayload({ deleted_at: "2026-11-04T12:00:00.000Z", deleted_by: { id: 1, username: "admin" } }),
    );
    expect(destroyed[0]?.change).toEqual({
      type: "thread",
      at: new Date("2026-11-04T12:00:00.000Z"),
      removed: { by: "moderator" },
    });
    expect(parse("topic", "topic_recovered", topicPayload())[0]?.change).toMatchObject({ removed: null });
  });

  it("Discourse's small-action post for a closing closes the thread at its own time", () => {
    const closing = postPayload({
      id: 520,
      post_number: 4,
      post_type: 3,
      action_code: "closed.enabled",
      created_at: "2026-11-05T08:00:00.000Z",
    });
    expect(parse("post", "post_created", closing)[0]?.change).toEqual({
      type: "thread",
      at: new Date("2026-11-05T08:00:00.000Z"),
      closed: true,
    });
    expect(parse("post", "post_created", postPayload({ post_type: 4 }))).toEqual([]);
  });

  it("Solved's accept and unaccept mark the post as its topic's answer, and take it back", () => {
    const answer = postPayload({
      id: 510,
      post_number: 3,
      username: "anna_k",
      user_id: 43,
      updated_at: "2026-11-02T12:00:00.000Z",
    });
    expect(parse("solved", "accepted_solution", answer)[0]).toMatchObject({
      externalId: "post:510",
      threadKey: "topic:77",
      change: { type: "solution", accepted: true, how: "accepted", at: new Date("2026-11-02T12:00:00.000Z") },
    });
    expect(parse("solved", "unaccepted_solution", answer)[0]?.change).toMatchObject({
      accepted: false,
      how: "accepted",
    });
  });

  it("a like marks a post helpful, naming the liker for ingest to compare with the asker; staff likes do not", () => {
    const answer = postPayload({ id: 510, post_number: 3, username: "anna_k", user_id: 43 });
    const liked = parse("like", "post_liked", {
      post: answer,
      user: { id: 42, username: "juergen_w", name: "Jürgen Weiß" },
    });
    expect(liked[0]).toMatchObject({
      externalId: "post:510",
      author: { identities: [{ kind: "forum", value: "42", site: SITE }] },
      change: { type: "solution", accepted: true, how: "helpful", by: "juergen_w" },
    });
    expect(parse("like", "post_liked", { post: answer, user: { id: 7, username: "emma_support" } })).toEqual(
      [],
    );
    expect(
      parse("like", "post_liked", { post: postPayload(), user: { id: 43, username: "anna_k" } }),
    ).toEqual([]);
  });

  it("reads what a catch-up fetched: a post with its topic, and an accepted answer", () => {
    const { topic_title: _title, ...post } = postPayload({
      post_number: 2,
      id: 505,
      reply_to_post_number: 1,
    });
    const polled: StoredEvent = {
      contentType: DISCOURSE_POLLED_POST_CONTENT_TYPE,
      body: Buffer.from(JSON.stringify({ post, topic: topicPayload() })),
      headers: {},
    };
    expect(parseDiscourseEvent(polled, config)[0]).toMatchObject({
      externalId: "post:505",
      subject: "Karte im Ausland abgelehnt",
      metadata: { replyToPostNumber: 1, source: "poll" },
    });
    const answer: StoredEvent = {
      contentType: DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
      body: Buffer.from(JSON.stringify({ post, topic: topicPayload(), accepter: "juergen_w" })),
      headers: {},
    };
    expect(parseDiscourseEvent(answer, config)[0]?.change).toMatchObject({
      type: "solution",
      how: "accepted",
      by: "juergen_w",
    });
  });

  it("throws on a body it cannot read", () => {
    const broken: StoredEvent = {
      contentType: "application/json",
      body: Buffer.from("{not json"),
      headers: { "x-discourse-event-type": "post", "x-discourse-event": "post_created" },
    };
    expect(() => parseDiscourseEvent(broken, config)).toThrow();
  });
});
