import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { describe, expect, it } from "vitest";
import { dmEvent, postDeleteEvent, postEvent, simulatedPost } from "./simulator/xaa-builders.ts";
import { ACCOUNT, ANNA, BEN, xConfig } from "./test/x-fixtures.ts";
import { parseXEvent } from "./parse-x-event.ts";

const config = xConfig();

function parse(event: unknown, headers: Record<string, string> = {}): InboundMessage[] {
  const messages = parseXEvent(
    { contentType: "application/json", body: Buffer.from(JSON.stringify(event)), headers },
    config,
  );
  // What every connector returns must pass core's contract.
  return messages.map((message) => inboundMessageSchema.parse(message));
}

const AT = new Date("2026-07-24T21:23:23.000Z");

describe("parsing X Activity API events", () => {
  it("reads a received DM as an inbound message of its one-to-one conversation", () => {
    const dm = {
      id: "2080765901528535096",
      senderId: ANNA.id,
      recipientId: ACCOUNT.id,
      text: "Meine Karte ist gesperrt",
      createdAt: AT,
    };
    const [message] = parse(dmEvent("dm.received", ACCOUNT, dm, [ANNA, ACCOUNT]));
    expect(message).toMatchObject({
      channel: "twitter",
      kind: "message",
      direction: "inbound",
      externalId: "2080765901528535096",
      // {smaller id}-{larger id}, as X names one-to-one conversations.
      threadKey: `dm:${ACCOUNT.id}-${ANNA.id}`,
      occurredAt: AT,
      text: "Meine Karte ist gesperrt",
      author: { name: "Anna K", identities: [{ kind: "twitter", value: ANNA.id, display: "@anna_k" }] },
      metadata: { visibility: "private" },
    });
    expect(message?.publicThread).toBeUndefined();
  });

  it("reads our own sent DM as outbound to the customer, with X's event id (the id our send got back)", () => {
    const dm = {
      id: "2080763914820927863",
      senderId: ACCOUNT.id,
      recipientId: ANNA.id,
      text: "Wir helfen gern",
      createdAt: AT,
    };
    const [message] = parse(dmEvent("dm.sent", ACCOUNT, dm, [ACCOUNT, ANNA]));
    expect(message).toMatchObject({
      direction: "outbound",
      externalId: "2080763914820927863",
      threadKey: `dm:${ACCOUNT.id}-${ANNA.id}`,
      author: { identities: [{ kind: "twitter", value: ANNA.id }] },
    });
  });

  it("reads a mention as an inbound message of the post's conversation", () => {
    const post = simulatedPost({ author: BEN, text: "@emma_bank warum dauert das so lange?", at: AT });
    const [message] = parse(postEvent("post.mention.create", ACCOUNT, post, [BEN, ACCOUNT]));
    expect(message).toMatchObject({
      direction: "inbound",
      externalId: post.id,
      threadKey: `post:${post.id}`,
      occurredAt: AT,
      author: { name: "Ben", identities: [{ kind: "twitter", value: BEN.id, display: "@ben" }] },
      metadata: { visibility: "public", url: `https://x.com/ben/status/${post.id}` },
    });
  });

  it("reads a reply to our post into that post's conversation", () => {
    const ours = simulatedPost({ author: ACCOUNT, text: "Wartungsarbeiten heute Nacht" });
    const reply = simulatedPost({
      author: ANNA,
      text: "Wie lange?",
      inReplyTo: { postId: ours.id, userId: ACCOUNT.id, conversationId: ours.conversation_id },
    });
    const [message] = parse(postEvent("post.reply.create", ACCOUNT, reply, [ANNA]));
    expect(message).toMatchObject({
      direction: "inbound",
      threadKey: `post:${ours.id}`,
      publicThread: true,
      metadata: { inReplyToPostId: ours.id },
    });
  });

  it("reads our own public reply as outbound to the customer it answers; our other posts are no conversation", () => {
    const mention = simulatedPost({ author: BEN, text: "@emma_bank Hilfe" });
    const reply = simulatedPost({
      author: ACCOUNT,
      text: "Wir melden uns per DM",
      inReplyTo: { postId: mention.id, userId: BEN.id, conversationId: mention.conversation_id },
    });
    const [message] = parse(postEvent("post.create", ACCOUNT, reply, [ACCOUNT, BEN]));
    expect(message).toMatchObject({
      direction: "outbound",
      externalId: reply.id,
      threadKey: `post:${mention.id}`,
      author: { identities: [{ value: BEN.id }] },
    });
    const campaign = simulatedPost({ author: ACCOUNT, text: "Neue Konditionen!" });
    expect(parse(postEvent("post.create", ACCOUNT, campaign, [ACCOUNT]))).toEqual([]);
  });

  it("turns a post.delete into a removal that purges the content, as X's terms require", () => {
    const date = "Fri, 24 Jul 2026 22:00:00 GMT";
    const [message] = parse(postDeleteEvent(ACCOUNT.id, "2080761269309813134", BEN.id), { date });
    expect(message).toMatchObject({
      externalId: "2080761269309813134",
      text: "",
      change: { type: "delete", purge: true, by: "author", deletedAt: new Date(date) },
    });
    const [ours] = parse(postDeleteEvent(ACCOUNT.id, "2080761269309813134", ACCOUNT.id));
    expect(ours?.change).toMatchObject({ type: "delete", by: "moderator", purge: true });
  });

  it("keeps ids above 2^53 exactly as X sent them", () => {
    const id = "9007199254740993123";
    expect(Number(id).toString()).not.toBe(id);
    const dm = { id, senderId: "9007199254740993", recipientId: ACCOUNT.id, text: "x", createdAt: AT };
    const [message] = parse(dmEvent("dm.received", ACCOUNT, dm, []));
    expect(message?.externalId).toBe(id);
    expect(message?.author.identities[0]?.value).toBe("9007199254740993");
  });

  it("refuses a payload whose ids are numbers (already rounded by any JSON parser)", () => {
    const body = `{"data":{"event_uuid":"1","filter":{"user_id":"${ACCOUNT.id}"},"event_type":"post.delete","payload":{"id":2080761269309813134}}}`;
    expect(() =>
      parseXEvent({ contentType: "application/json", body: Buffer.from(body), headers: {} }, config),
    ).toThrow(/string/);
  });

  it("stores and skips event types Emma does not show", () => {
    expect(
      parse({
        data: { event_uuid: "5", filter: { user_id: ACCOUNT.id }, event_type: "like.create", payload: {} },
      }),
    ).toEqual([]);
  });
});
