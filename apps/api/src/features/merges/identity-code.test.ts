import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { IDENTITY_CODE_ATTEMPTS, IDENTITY_CODES_PER_HOUR, mergeRefusal, parseMergeReasons } from "@emma/core";
import {
  deliver,
  mail,
  startDovecot,
  startSmtpReceiver,
  whyNoDovecot,
  type DovecotServer,
  type SmtpReceiver,
} from "@emma/connectors/simulators";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sealSecrets } from "../../crypto/secret-box.ts";
import { connectRealMailbox } from "../../test/real-mailbox.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ingestMessages, message } from "../../test/test-ingest.ts";

const signingSecret = "mail-bridge-signing-secret-01";

/** The bank's mail integration: what Emma hands it to send, as its endpoint receives it. */
async function startMailBridge() {
  const received: { text: string; subject?: string }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { text: string; subject?: string });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/mail`;
  return { received, url, close: () => new Promise((resolve) => server.close(resolve)) };
}

const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? "")?.[1] ?? "";

describe("a code mailed to the address on file proves who the customer on another channel is", () => {
  let t: TestApp;
  let bridge: Awaited<ReturnType<typeof startMailBridge>>;
  let bridgeId: string;
  let facebookId: string;

  beforeAll(async () => {
    [t, bridge] = await Promise.all([createTestApp(), startMailBridge()]);
    const connector = (config: Record<string, unknown>, name: string) =>
      t.database.db
        .insertInto("connectors")
        .values({
          kind: "emma-inbound",
          name,
          config: JSON.stringify(config),
          secrets: sealSecrets(t.app.services.secretKey, { signingSecret }),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    facebookId = (await connector({ channel: "facebook" }, "Messenger bridge")).id;
    bridgeId = (await connector({ channel: "email", outboundUrl: bridge.url }, "Mail bridge")).id;
  });
  afterAll(async () => {
    await t.close();
    await bridge.close();
  });
  afterEach(() => {
    bridge.received.length = 0;
  });

  /** The same name on Messenger and in the mailbox, nothing else in common. */
  async function namesakes(name: string, address: string) {
    await ingestMessages(t.database.db, bridgeId, [
      message("email", { author: { name, identities: [{ kind: "email", value: address }] } }),
    ]);
    await ingestMessages(t.database.db, facebookId, [
      message("facebook", {
        author: { name, identities: [{ kind: "facebook", value: String(Date.now() + Math.random()) }] },
      }),
    ]);
    const rows = await t.database.db
      .selectFrom("customers")
      .select(["id"])
      .where("display_name", "=", name)
      .orderBy("created_at")
      .execute();
    const identity = await t.database.db
      .selectFrom("identities")
      .select("id")
      .where("value", "=", address)
      .executeTakeFirstOrThrow();
    const [mailCustomer, messenger] = rows.map((row) => row.id);
    return { mailCustomer: mailCustomer ?? "", messenger: messenger ?? "", identityId: identity.id };
  }

  async function send(pair: [string, string], identityId: string) {
    const sent = await t.caller("agent").merges.sendIdentityCode({ customerIds: pair, identityId });
    await t.app.services.outbox.drain();
    return sent;
  }

  it("offers the address masked, mails the code from the customer's mailbox, and keeps it off the timeline", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes(
      "Jana Rothfeld",
      "jana.rothfeld@kunde.example",
    );
    const facts = await t.caller("agent").merges.identityFacts({ customerIds: [messenger, mailCustomer] });
    expect(facts.codeTargets).toEqual([
      { identityId, customerId: mailCustomer, address: "ja•••@kunde.example" },
    ]);
    expect(facts.noMailbox).toBe(false);
    expect(facts.latestCode).toBeNull();

    const sent = await send([messenger, mailCustomer], identityId);
    expect(sent).toMatchObject({
      sentTo: "ja•••@kunde.example",
      confirmed: false,
      attemptsLeft: IDENTITY_CODE_ATTEMPTS,
    });
    expect(bridge.received).toHaveLength(1);
    const mailed = bridge.received[0];
    expect(mailed?.subject).toBe("Ihr Bestätigungscode");
    expect(mailed?.text).toContain("Guten Tag Jana Rothfeld");
    expect(mailed?.text).toContain("Test agent");
    const code = codeIn(mailed?.text);
    expect(code).toMatch(/^\d{6}$/);

    // The mail is a settled conversation on the e-mail customer's timeline; the code is blanked there.
    const conversation = await t.database.db
      .selectFrom("conversations")
      .select(["id", "status", "customer_id", "subject"])
      .where("connector_id", "=", bridgeId)
      .where("subject", "=", "Ihr Bestätigungscode")
      .where("customer_id", "=", mailCustomer)
      .executeTakeFirstOrThrow();
    expect(conversation.status).toBe("resolved");
    const timeline = await t.caller("agent").timeline.list({ customerId: mailCustomer });
    const shown = JSON.stringify(timeline);
    expect(shown).not.toContain(code);
    expect(shown).toContain("••••••");
    expect(
      (await t.caller("agent").merges.identityFacts({ customerIds: [messenger, mailCustomer] })).latestCode,
    ).toMatchObject({
      id: sent.id,
      delivery: "sent",
    });
  });

  it("confirms the code read back, counts wrong ones, and carries it into the merge's evidence", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes("Mara Quellhof", "mara.q@kunde.example");
    const pair: [string, string] = [messenger, mailCustomer];
    await send(pair, identityId);
    const code = codeIn(bridge.received[0]?.text);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await t.caller("agent").merges.confirmIdentityCode({ customerIds: pair, code: wrong })).toEqual({
      result: "different",
      attemptsLeft: IDENTITY_CODE_ATTEMPTS - 1,
      codeId: null,
    });
    const right = await t
      .caller("agent")
      .merges.confirmIdentityCode({ customerIds: pair, code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(right.result).toBe("same");
    expect(right.codeId).not.toBeNull();

    const merged = await t.caller("agent").merges.merge({
      survivorId: mailCustomer,
      absorbedId: messenger,
      reason: "Kundin nannte im Chat den Code aus der E-Mail",
      identityCodeId: right.codeId ?? undefined,
    });
    const row = await t.database.db
      .selectFrom("merges")
      .select("evidence")
      .where("id", "=", merged.mergeId)
      .executeTakeFirstOrThrow();
    expect(parseMergeReasons(row.evidence)).toContainEqual({
      code: "identity-code",
      channel: "email",
      sentTo: "ma•••@kunde.example",
      customerIds: [...pair].sort(),
    });
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "in", ["customer.identityCodeSent", "customer.identityCodeChecked"])
      .where(sql<boolean>`details @> ${JSON.stringify({ customerIds: [...pair].sort() })}::jsonb`)
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "customer.identityCodeChecked",
      "customer.identityCodeChecked",
      "customer.identityCodeSent",
    ]);
    expect(JSON.stringify(audit)).not.toContain(code);
  });

  it("spends a code after too many wrong ones, so that the right one no longer passes", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes("Ole Brinkwerth", "ole.b@kunde.example");
    const pair: [string, string] = [messenger, mailCustomer];
    await send(pair, identityId);
    const code = codeIn(bridge.received[0]?.text);
    const wrong = code === "123456" ? "654321" : "123456";
    for (let attempt = 0; attempt < IDENTITY_CODE_ATTEMPTS; attempt++)
      await t.caller("agent").merges.confirmIdentityCode({ customerIds: pair, code: wrong });
    expect(await t.caller("agent").merges.confirmIdentityCode({ customerIds: pair, code })).toEqual({
      result: "spent",
      attemptsLeft: 0,
      codeId: null,
    });
    expect((await t.caller("agent").merges.identityFacts({ customerIds: pair })).latestCode).toBeNull();
  });

  it("says a code has expired after its time, and mails at most a few codes an hour for one pair", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes("Ute Sandmoor", "ute.s@kunde.example");
    const pair: [string, string] = [messenger, mailCustomer];
    const sent = await send(pair, identityId);
    await t.database.db
      .updateTable("identity_codes")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("id", "=", sent.id)
      .execute();
    expect(
      (
        await t
          .caller("agent")
          .merges.confirmIdentityCode({ customerIds: pair, code: codeIn(bridge.received[0]?.text) })
      ).result,
    ).toBe("expired");
    for (let n = 1; n < IDENTITY_CODES_PER_HOUR; n++) await send(pair, identityId);
    await expect(send(pair, identityId)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(bridge.received).toHaveLength(IDENTITY_CODES_PER_HOUR);
  });

  it("refuses a merge with a code confirmed for other customers", async () => {
    const first = await namesakes("Lina Kornblum", "lina.k@kunde.example");
    const other = await namesakes("Timo Weidacker", "timo.w@kunde.example");
    await send([first.messenger, first.mailCustomer], first.identityId);
    const confirmed = await t.caller("agent").merges.confirmIdentityCode({
      customerIds: [first.messenger, first.mailCustomer],
      code: codeIn(bridge.received[0]?.text),
    });
    await expect(
      t.caller("agent").merges.merge({
        survivorId: other.mailCustomer,
        absorbedId: other.messenger,
        reason: "Code aus der E-Mail",
        identityCodeId: confirmed.codeId ?? undefined,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: mergeRefusal("code-not-confirmed").message });
  });

  it("forgets a mailed code a day later, at the next retention run", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes("Pia Heckenrath", "pia.h@kunde.example");
    const old = await send([messenger, mailCustomer], identityId);
    const recent = await send([messenger, mailCustomer], identityId);
    await t.database.db
      .updateTable("identity_codes")
      .set({ sent_at: new Date(Date.now() - 25 * 3_600_000) })
      .where("id", "=", old.id)
      .execute();
    await t.caller("admin").retention.runNow();
    const kept = await t.database.db
      .selectFrom("identity_codes")
      .select("id")
      .where("id", "in", [old.id, recent.id])
      .execute();
    expect(kept).toEqual([{ id: recent.id }]);
  });

  it("says when no mailbox can send, instead of offering an address it cannot reach", async () => {
    const { mailCustomer, messenger, identityId } = await namesakes("Kai Moorbrand", "kai.m@kunde.example");
    await t.database.db
      .updateTable("connectors")
      .set({ enabled: false })
      .where("id", "=", bridgeId)
      .execute();
    try {
      const facts = await t.caller("agent").merges.identityFacts({ customerIds: [messenger, mailCustomer] });
      expect(facts).toMatchObject({ codeTargets: [], noMailbox: true });
      await expect(send([messenger, mailCustomer], identityId)).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
    } finally {
      await t.database.db
        .updateTable("connectors")
        .set({ enabled: true })
        .where("id", "=", bridgeId)
        .execute();
    }
  });
});

const noDovecot = whyNoDovecot();
if (noDovecot) console.warn(`identity code over real mail servers skipped: ${noDovecot}`);

describe.skipIf(noDovecot !== undefined)("the code mail over real IMAP and SMTP servers", () => {
  let t: TestApp;
  let imap: DovecotServer;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    [t, imap, smtp] = await Promise.all([createTestApp(), startDovecot(), startSmtpReceiver()]);
    await connectRealMailbox(t, { imap, smtp });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await Promise.all([imap.stop(), smtp.close()]);
  });

  it("goes out over SMTP with a reply address, and the customer's answer threads into it", async () => {
    await deliver(
      imap,
      "INBOX",
      mail(
        "From: Jana Roth <jana.roth@kunde.example>",
        "To: service@bank.example",
        "Subject: Karte gesperrt",
        "Message-ID: <code-m1@kunde.example>",
        "Date: Fri, 20 Nov 2026 09:15:00 +0100",
        "",
        "Guten Tag, meine Karte wurde gesperrt.",
      ),
    );
    await t.app.services.poller.kick();
    await t.app.services.inbound.idle();
    const identity = await t.database.db
      .selectFrom("identities")
      .select(["id", "customer_id"])
      .where("value", "=", "jana.roth@kunde.example")
      .executeTakeFirstOrThrow();
    const messenger = await t.database.db
      .insertInto("customers")
      .values({ display_name: "Jana Roth" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.caller("agent").merges.sendIdentityCode({
      customerIds: [messenger.id, identity.customer_id],
      identityId: identity.id,
    });
    await t.app.services.outbox.drain();
    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0]?.toString("utf8") ?? "";
    expect(raw).toMatch(/^To: .*jana\.roth@kunde\.example/im);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?|^Subject: Ihr Best/im);
    expect(raw).toMatch(/^Reply-To: .*service\+r-[a-z2-7]{26}@bank\.example/im);
    expect(raw).not.toMatch(/^In-Reply-To:/im);
    const messageId = /^Message-ID: <([^>]+)>/im.exec(raw)?.[1] ?? "";
    const reply = /^Reply-To: .*<?(service\+r-[a-z2-7]{26}@bank\.example)>?/im.exec(raw)?.[1] ?? "";

    await deliver(
      imap,
      "INBOX",
      mail(
        "From: Jana Roth <jana.roth@kunde.example>",
        `To: ${reply}`,
        "Subject: Re: Ihr Bestaetigungscode",
        "Message-ID: <code-m2@kunde.example>",
        `In-Reply-To: <${messageId}>`,
        "Date: Fri, 20 Nov 2026 10:02:00 +0100",
        "",
        "Den Code habe ich Ihrer Kollegin im Chat genannt.",
      ),
    );
    const deadline = Date.now() + 15_000;
    const answer = () =>
      t.database.db
        .selectFrom("timeline_events as e")
        .innerJoin("conversations as c", "c.id", "e.conversation_id")
        .select(["c.subject", "c.status"])
        .where("e.external_id", "=", "code-m2@kunde.example")
        .executeTakeFirst();
    while ((await answer()) === undefined && Date.now() < deadline) {
      await t.app.services.poller.kick();
      await t.app.services.inbound.idle();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await answer()).toEqual({ subject: "Ihr Bestätigungscode", status: "open" });
  });
});
