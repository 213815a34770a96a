import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeXApi, type FakeXApi } from "./simulator/fake-x-api.ts";
import { sendX } from "./send-x.ts";
import { outbound } from "./test/outbound.ts";
import { ACCOUNT, ANNA, BEN, CONSUMER_SECRET, oauth2Context } from "./test/x-fixtures.ts";
import { dmThreadKey, postThreadKey } from "./x-thread-key.ts";

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
});
afterEach(() => api.close());

const dmThread = dmThreadKey(`${ACCOUNT.id}-${ANNA.id}`);

describe("sending X replies", () => {
  it("sends a DM to the customer's user id and returns X's DM event id", async () => {
    const outcome = await sendX(
      outbound(ANNA, dmThread, "Wir haben Ihre Karte entsperrt."),
      oauth2Context(api),
    );
    expect(api.sent).toEqual([
      {
        kind: "dm",
        id: expect.any(String) as unknown,
        to: ANNA.id,
        text: "Wir haben Ihre Karte entsperrt.",
        conversationId: `${ACCOUNT.id}-${ANNA.id}`,
      },
    ]);
    expect(outcome).toEqual({
      ok: true,
      externalId: api.sent[0]?.id,
      metadata: { visibility: "private", dmConversationId: `${ACCOUNT.id}-${ANNA.id}` },
    });
  });

  it("answers a mention in public as a reply post to the mention", async () => {
    const { post } = api.customerPosts(BEN, "@emma_bank Überweisung hängt");
    const message = outbound(BEN, postThreadKey(post.conversation_id), "Wir schauen nach!", {
      inReplyTo: post.id,
    });
    const outcome = await sendX(message, oauth2Context(api));
    expect(api.sent).toEqual([
      {
        kind: "post",
        id: expect.any(String) as unknown,
        text: "Wir schauen nach!",
        inReplyTo: post.id,
        conversationId: post.conversation_id,
      },
    ]);
    expect(outcome).toMatchObject({
      ok: true,
      externalId: api.sent[0]?.id,
      metadata: { visibility: "public" },
    });
  });

  it("answers a mention privately by DM, and a DM thread always by DM", async () => {
    const { post } = api.customerPosts(BEN, "@emma_bank Frage zu meinem Konto");
    await sendX(
      outbound(BEN, postThreadKey(post.id), "Per DM", { visibility: "private", inReplyTo: post.id }),
      oauth2Context(api),
    );
    await sendX(outbound(ANNA, dmThread, "Auch per DM", { visibility: "public" }), oauth2Context(api));
    expect(api.sent.map((sent) => [sent.kind, sent.text])).toEqual([
      ["dm", "Per DM"],
      ["dm", "Auch per DM"],
    ]);
  });

  it("refuses a public reply over 280 by X's weighted count before sending it", async () => {
    const { post } = api.customerPosts(BEN, "@emma_bank ?");
    const text = "😀".repeat(141);
    const outcome = await sendX(
      outbound(BEN, postThreadKey(post.id), text, { inReplyTo: post.id }),
      oauth2Context(api),
    );
    expect(outcome).toMatchObject({
      ok: false,
      permanent: true,
      error: expect.stringMatching(/282 characters by X's count.*280/) as unknown,
    });
    expect(api.sent).toEqual([]);
  });

  it("reports X's rate limit as retry later, at X's reset time", async () => {
    const resetAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 600_000);
    api.failNext("dm", { kind: "rate-limit", resetAt });
    const outcome = await sendX(outbound(ANNA, dmThread, "Hallo"), oauth2Context(api));
    expect(outcome).toEqual({
      ok: false,
      permanent: false,
      retryAfter: resetAt,
      error: "X answered 429: Too Many Requests",
    });
  });

  it("gives up on a user who does not accept our DMs, in X's own words", async () => {
    api.addUser(ANNA, { acceptsDms: false });
    const outcome = await sendX(outbound(ANNA, dmThread, "Hallo"), oauth2Context(api));
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      error: "X answered 403: You cannot send messages to this user.",
    });
  });

  it("tries again later when X fails on its side", async () => {
    api.failNext("post", { kind: "server-error" });
    const { post } = api.customerPosts(BEN, "@emma_bank ?");
    const outcome = await sendX(
      outbound(BEN, postThreadKey(post.id), "Moment", { inReplyTo: post.id }),
      oauth2Context(api),
    );
    expect(outcome).toMatchObject({ ok: false, permanent: false });
  });

  it("refuses a thread that is not an X conversation", async () => {
    expect(await sendX(outbound(ANNA, "ticket-9", "x"), oauth2Context(api))).toMatchObject({
      ok: false,
      permanent: true,
    });
  });
});
