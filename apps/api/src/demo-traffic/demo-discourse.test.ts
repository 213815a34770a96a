import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { ingestMessages, message } from "../test/test-ingest.ts";
import { FORUM_SITE } from "../demo/person.ts";
import { startDemoDiscourse, type DemoDiscourse } from "./demo-discourse.ts";

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  // The seeded demo's history: forum members and e-mail customers, on emma-inbound bridges.
  const history = await t.database.db
    .insertInto("connectors")
    .values([
      { kind: "emma-inbound", name: "Demo forum", config: JSON.stringify({ channel: "forum", demo: true }) },
      { kind: "emma-inbound", name: "Demo mail", config: JSON.stringify({ channel: "email", demo: true }) },
    ])
    .returning("id")
    .execute();
  const [forum, mail] = history.map((row) => row.id);
  if (!forum || !mail) throw new Error("no history connectors");
  const members = ["anna_s", "elektro_weiss", "aylin.y", "emily_c", "sparfuchs", "kontoprofi", "tanja_t"];
  await ingestMessages(
    t.database.db,
    forum,
    members.map((username, index) =>
      message("forum", {
        kind: "forum_post",
        author: {
          name: username,
          identities: [{ kind: "forum", value: String(2000 + index), site: FORUM_SITE, display: username }],
        },
      }),
    ),
  );
  await ingestMessages(
    t.database.db,
    mail,
    Array.from({ length: 14 }, () => message("email")),
  );
});
afterAll(() => t.close());

const forumConversations = () =>
  t.database.db
    .selectFrom("conversations as c")
    .innerJoin("connectors as k", "k.id", "c.connector_id")
    .select(["c.subject", "c.public_thread", "c.status", "c.external_thread_key"])
    .where("k.kind", "=", "discourse")
    .orderBy("c.external_thread_key")
    .execute();

describe("the demo's community forum", () => {
  let demo: DemoDiscourse | undefined;
  afterAll(() => demo?.stop());

  it("comes in through the real Discourse connector's catch-up, by the members Emma knows, with a mail asking what it solved", async () => {
    demo = await startDemoDiscourse({
      db: t.database.db,
      secretKey: t.app.services.secretKey,
      url,
      log: t.app.services.log,
    });
    // Caught up means: every event stored processed. On PostgreSQL two batches run side by side, so an
    // accepted answer can meet its post uncommitted and wait for its retry (5 s) on a busy machine.
    const pendingEvents = async () =>
      (
        await t.database.db
          .selectFrom("inbound_events")
          .select("id")
          .where("status", "=", "pending")
          .execute()
      ).length;
    await vi.waitFor(
      async () => {
        await t.app.services.poller.kick();
        // As the processor's tick does (workers are off here): a change that came before its post is due again.
        t.app.services.inbound.wake();
        await t.app.services.inbound.idle();
        expect(await forumConversations()).toHaveLength(6);
        expect(await pendingEvents()).toBe(0);
      },
      { timeout: 25_000, interval: 200 },
    );
    const topics = await forumConversations();
    const solved = await t.database.db
      .selectFrom("conversations")
      .select(["subject", "solution_kind", "solved_by_community", "status"])
      .where("solution_event_id", "is not", null)
      // The live forum goes on meanwhile: members' likes may mark further answers helpful.
      .where("solution_kind", "=", "accepted")
      .orderBy("subject")
      .execute();
    // Caught up together with their posts, the accepted answers apply.
    expect(solved).toEqual([
      {
        subject: "ETF-Sparplan für ein paar Monate aussetzen?",
        solution_kind: "accepted",
        solved_by_community: true,
        status: "resolved",
      },
      {
        subject: "pushTAN-App auf neues Smartphone umziehen – wie geht das?",
        solution_kind: "accepted",
        solved_by_community: true,
        status: "resolved",
      },
    ]);
    expect(topics.filter((topic) => !topic.public_thread).map((topic) => topic.subject)).toEqual([
      "Nachweis für meine Adressänderung",
    ]);
    // The ETF topic's asker is the hero Anna: her forum account, not a stranger of the same name.
    const anna = await t.database.db
      .selectFrom("timeline_events as e")
      .innerJoin("identities as i", "i.id", "e.author_identity_id")
      .select("i.display")
      .where("e.conversation_subject", "=", "ETF-Sparplan für ein paar Monate aussetzen?")
      .orderBy("e.occurred_at")
      .executeTakeFirstOrThrow();
    expect(anna.display).toBe("anna_s");
    const question = await t.database.db
      .selectFrom("conversations")
      .select(["subject", "status"])
      .where("subject", "=", "Neues Handy – pushTAN umziehen?")
      .executeTakeFirstOrThrow();
    expect(question.status).toBe("open");
  });

  it("takes an agent's answer to the fake forum through Discourse's API, and its webhook echo stays one item", async () => {
    if (!demo) throw new Error("the forum did not start");
    const forum = demo.forum;
    const topic = await t.database.db
      .selectFrom("conversations")
      .select("id")
      .where("connector_id", "=", demo.connectorId)
      .where("public_thread", "=", false)
      .executeTakeFirstOrThrow();
    await t.caller("supervisor").conversations.reply({
      conversationId: topic.id,
      text: "Die Meldebescheinigung als PDF reicht, Sie müssen nicht in die Filiale kommen.",
      idempotencyKey: "demo-forum-private-answer",
    });
    await t.app.services.outbox.drain();
    await forum.settled();
    await t.app.services.inbound.idle();
    const posted = forum.requests.filter((request) => request.endpoint === "create_post");
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ apiUsername: "EmmaBank_Team", status: 200 });
    const items = await t.database.db
      .selectFrom("timeline_events")
      .select(["direction", "body_text"])
      .where("conversation_id", "=", topic.id)
      .where("body_text", "like", "Die Meldebescheinigung%")
      .execute();
    expect(items).toEqual([
      { direction: "outbound", body_text: expect.stringContaining("PDF reicht") as unknown },
    ]);
  });
});
