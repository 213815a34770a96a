import {
  deliver,
  mail,
  startDovecot,
  startSmtpReceiver,
  whyNoDovecot,
  type DovecotServer,
  type SmtpReceiver,
} from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRealMailbox } from "../test/real-mailbox.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

const noDovecot = whyNoDovecot();
if (noDovecot) console.warn(`email round trip skipped: ${noDovecot}`);

describe.skipIf(noDovecot !== undefined)("email round trip against real IMAP and SMTP servers", () => {
  let t: TestApp;
  let imap: DovecotServer;
  let smtp: SmtpReceiver;
  let connectorId: string;

  beforeAll(async () => {
    [t, imap, smtp] = await Promise.all([createTestApp(), startDovecot(), startSmtpReceiver()]);
    connectorId = await connectRealMailbox(t, { imap, smtp });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await Promise.all([imap.stop(), smtp.close()]);
  });

  async function fetchMail() {
    await t.app.services.poller.kick();
    await t.app.services.inbound.idle();
  }

  const items = () =>
    t.database.db
      .selectFrom("timeline_events")
      .select(["conversation_id", "external_id", "direction", "metadata", "customer_id"])
      .where("connector_id", "=", connectorId)
      .orderBy("occurred_at")
      .execute();

  it("turns a customer's mail in the mailbox into a timeline item of a new customer", async () => {
    await deliver(
      imap,
      "INBOX",
      mail(
        "From: Jana Roth <jana.roth@kunde.example>",
        "To: service@bank.example",
        "Subject: Karte gesperrt",
        "Message-ID: <m1@kunde.example>",
        "Date: Fri, 20 Nov 2026 09:15:00 +0100",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Guten Tag, meine Karte wurde gesperrt. Was kann ich tun?",
      ),
    );
    await fetchMail();
    const [first, ...rest] = await items();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ external_id: "m1@kunde.example", direction: "inbound" });
    const identity = await t.database.db
      .selectFrom("identities")
      .select("customer_id")
      .where("value", "=", "jana.roth@kunde.example")
      .executeTakeFirstOrThrow();
    expect(identity.customer_id).toBe(first?.customer_id);
  });

  it("sends the agent's reply over SMTP with our Message-ID, the thread and a reply address", async () => {
    const [first] = await items();
    const conversationId = first?.conversation_id ?? "";
    const reply = await t.caller("agent").conversations.reply({
      conversationId,
      text: "Wir haben die Sperre aufgehoben.",
      idempotencyKey: "round-trip-reply-1",
    });
    await t.app.services.outbox.drain();
    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0]?.toString("utf8") ?? "";
    expect(raw).toMatch(new RegExp(`^Message-ID: <outbox-${reply.outboxId}@bank\\.example>`, "mi"));
    expect(raw).toMatch(/^In-Reply-To: <m1@kunde\.example>/im);
    expect(raw).toMatch(/^References: <m1@kunde\.example>/im);
    expect(raw).toMatch(/^Reply-To: .*service\+r-[a-z2-7]{26}@bank\.example/im);
    expect(raw).toMatch(/^Subject: Re: Karte gesperrt \[#EM-[A-Z2-7]{8}\]/im);
    expect(raw).toMatch(/^To: .*jana\.roth@kunde\.example/im);
    expect(raw).toContain("Wir haben die Sperre aufgehoben.");
    const outbox = await t.database.db
      .selectFrom("outbox")
      .select(["status", "external_id"])
      .where("id", "=", reply.outboxId)
      .executeTakeFirstOrThrow();
    expect(outbox).toEqual({ status: "sent", external_id: `outbox-${reply.outboxId}@bank.example` });
  });

  /** New mail arrives through IMAP IDLE, without waiting for the next poll interval. */
  async function waitForItems(count: number) {
    const deadline = Date.now() + 15_000;
    while ((await items()).length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await t.app.services.inbound.idle();
    }
  }

  it("hears of the customer's answer by IDLE and puts it into the same conversation, once", async () => {
    const [first, ours] = await items();
    await deliver(
      imap,
      "INBOX",
      mail(
        "From: Jana Roth <jana.roth@kunde.example>",
        "To: service@bank.example",
        "Subject: Danke!",
        "Message-ID: <m2@kunde.example>",
        `In-Reply-To: <${ours?.external_id ?? ""}>`,
        "Date: Fri, 20 Nov 2026 10:02:00 +0100",
        "",
        "Vielen Dank, es geht wieder.",
      ),
    );
    await waitForItems(3);
    // A poll round after the IDLE-triggered fetch stores nothing twice.
    await fetchMail();
    const all = await items();
    expect(all).toHaveLength(3);
    const answer = all.find((item) => item.external_id === "m2@kunde.example");
    expect(answer?.conversation_id).toBe(first?.conversation_id);
    expect(answer?.metadata.threadedBy).toBe("our-message-id");
  });

  it("reads a daemon's bounce of our reply from the mailbox: the reply fails, nobody new appears", async () => {
    const ours = (await items()).find((item) => item.direction === "outbound");
    const customers = async () => (await t.database.db.selectFrom("customers").select("id").execute()).length;
    const before = await customers();
    // DragonFly Mail Agent's shape: a sender without an address, the returned header in the text.
    await deliver(
      imap,
      "INBOX",
      mail(
        "From: MAILER-DAEMON <>",
        "To: service@bank.example",
        "Subject: Mail delivery failed",
        "Message-Id: <e0720@mx.kunde.example>",
        "Date: Fri, 20 Nov 2026 10:30:00 +0100",
        "",
        "There was an error delivering your mail to <jana.roth@kunde.example>.",
        "",
        "550 5.2.2 <jana.roth@kunde.example>: mailbox full",
        "",
        "Message headers follow.",
        "",
        `Message-Id: <${ours?.external_id ?? ""}>`,
        "From: <service@bank.example>",
      ),
    );
    // Polled or heard by IDLE, whichever comes first; it leaves no timeline item to wait for.
    const deadline = Date.now() + 15_000;
    const processed = () =>
      t.database.db
        .selectFrom("inbound_events")
        .select("id")
        .where("connector_id", "=", connectorId)
        .where("status", "=", "processed")
        .where("body", "like", "%e0720@mx.kunde.example%")
        .executeTakeFirst();
    while ((await processed()) === undefined && Date.now() < deadline) {
      await fetchMail();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const outbox = await t.database.db
      .selectFrom("outbox")
      .select("status")
      .where("external_id", "=", ours?.external_id ?? "")
      .executeTakeFirstOrThrow();
    expect(outbox.status).toBe("failed");
    expect(await customers()).toBe(before);
  });
});
