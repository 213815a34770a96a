import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPersonRecords } from "../holdings/import-person-records.ts";
import { FileFetchWorker } from "../../kept-files/file-fetch-worker.ts";
import { createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";
import { ingestMessages, ingestRawMail, message } from "../../test/test-ingest.ts";
import { dumpDatabase, findStrings } from "./database-dump.ts";
import { PERSON, at, seedPerson, type SeededPerson } from "./erasure-test-person.ts";

let t: TestApp;
let seeded: SeededPerson;
let survivorId: string;
const range = { from: "2026-11-01", to: "2026-11-30", timeZone: "Europe/Berlin" };

const OTHER = {
  name: "Bruno Unbeteiligt",
  email: "bruno.unbeteiligt@anders.example",
  phrase: "Kreditkarte verloren Ostsee",
};

/** The person's strings as a dump could hold them: names, addresses, numbers in several formats, texts, files. */
const PERSON_STRINGS = [
  PERSON.name,
  "Wolkenstein",
  "Annegret",
  PERSON.email,
  "kunde.example>",
  PERSON.phone,
  PERSON.phone.slice(1),
  "017612398765",
  "+49 176 12398765",
  PERSON.forumUser,
  PERSON.facebookId,
  PERSON.subject,
  "Hypothekenvertrag",
  PERSON.phrase,
  "Zebra-7781",
  PERSON.attachment,
  Buffer.from(PERSON.attachment).toString("base64"),
  PERSON.recordingUrl,
  "RE-wolkenstein",
  // From the system of record, and the matcher's keys made of them.
  "1961-04-23",
  "Wolkenbruchgasse",
  "K-WOLKE-77",
  "annegret wolkenstein",
];

const fileFetches = () =>
  new FileFetchWorker(t.database.db, memoryLogger(), {
    batchSize: 4,
    fetch: () =>
      Promise.resolve({ ok: true, content: Buffer.from(PERSON.attachment), contentType: "text/plain" }),
    now: () => new Date(),
    paused: true,
  });

async function reports() {
  const supervisor = t.caller("supervisor");
  return {
    contacts: (await supervisor.reports.contacts(range)).figures,
    calls: (await supervisor.reports.calls(range)).figures,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedPerson(t, fileFetches());
  const db = t.database.db;
  const [first, ...others] = seeded.customerIds;
  if (!first) throw new Error("the person was not ingested");
  survivorId = first;
  const agent = t.caller("agent");
  // A suggestion: one message names the person's e-mail and Facebook records at once.
  await ingestMessages(db, seeded.facebook, [
    message("facebook", {
      occurredAt: at(6),
      threadKey: `fb-${PERSON.facebookId}`,
      author: {
        name: PERSON.name,
        identities: [
          { kind: "facebook", value: PERSON.facebookId },
          { kind: "email", value: PERSON.email },
        ],
      },
      text: `Meine Adresse ist ${PERSON.email}`,
    }),
  ]);
  // Before the merges, an agent mailed a code to prove the Messenger contact is her.
  const address = await db
    .selectFrom("identities")
    .select("id")
    .where("value", "=", PERSON.email)
    .executeTakeFirstOrThrow();
  await agent.merges.sendIdentityCode({
    customerIds: [survivorId, others.at(-1) ?? ""],
    identityId: address.id,
  });
  for (const absorbedId of others)
    await agent.merges.merge({
      survivorId,
      absorbedId,
      reason: `Beides ${PERSON.name}`,
      confirmedDifferences: ["displayName", "locale"],
    });
  const conversation = await db
    .selectFrom("conversations")
    .select("id")
    .where("connector_id", "=", seeded.mailbox)
    .executeTakeFirstOrThrow();
  await agent.conversations.reply({
    conversationId: conversation.id,
    text: `Sehr geehrte Frau ${PERSON.name}, zu ${PERSON.subject}: erledigt.`,
    idempotencyKey: "erasure-test-reply-1",
  });
  await agent.conversations.addNote({
    conversationId: conversation.id,
    text: `${PERSON.name} ruft morgen an`,
  });
  await agent.customers.get({ customerId: survivorId });
  await agent.customers.search({ query: PERSON.email });
  await agent.consents.record({
    customerId: survivorId,
    channel: "email",
    purpose: "service",
    state: "granted",
    how: "agent",
    note: `${PERSON.name} ist einverstanden`,
  });
  await importPersonRecords(db, {
    rows: [
      {
        sourceSystem: "core-banking",
        customerNumber: "K-WOLKE-77",
        name: PERSON.name,
        birthDate: "1961-04-23",
        address: {
          street: "Wolkenbruchgasse",
          houseNumber: "7",
          postalCode: "20095",
          city: "Hamburg",
          country: "DE",
        },
        email: PERSON.email,
      },
    ],
    actorUserId: null,
    integrationKeyId: null,
    defaultCountry: "DE",
    ip: null,
    now: at(6),
  });
  await t.app.services.matching.drain();
  await t.app.services.readAudit.flush();
  // Someone else, who must stay whole: proves the dump would see strings that are there.
  const raw = [
    `From: ${OTHER.name} <${OTHER.email}>`,
    "To: service@bank.example",
    "Subject: Karte",
    "Message-ID: <bruno-1@anders.example>",
    `Date: ${at(7).toUTCString()}`,
    "",
    OTHER.phrase,
    "",
  ].join("\r\n");
  await ingestRawMail(db, seeded.mailbox, Buffer.from(raw));
});
afterAll(() => t.close());

describe("erasing a person", () => {
  it("leaves none of their strings in any table, keeps everyone else's, and keeps the reports' numbers", async () => {
    const db = t.database.db;
    const before = await dumpDatabase(db);
    expect(findStrings(before, PERSON_STRINGS).length).toBeGreaterThan(20);
    expect(await db.selectFrom("identity_codes").select("id").execute()).toHaveLength(1);
    const reportsBefore = await reports();
    expect(reportsBefore.contacts.some((figure) => (figure.current ?? 0) > 0)).toBe(true);
    expect(reportsBefore.calls.some((figure) => (figure.current ?? 0) > 0)).toBe(true);

    const request = await db
      .insertInto("erasure_requests")
      .values({
        customer_id: seeded.customerIds.at(-1) ?? survivorId,
        reason: "Antrag per Brief vom 1.12.",
        status: "approved",
        requested_by: t.users.supervisor.id,
        requested_at: new Date(),
        decided_by: t.users.admin.id,
        decided_at: new Date(),
        run_after: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.app.services.erasures.drain();

    const done = await db
      .selectFrom("erasure_requests")
      .selectAll()
      .where("id", "=", request.id)
      .executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: "done", last_error: null });
    expect(done.summary).toMatchObject({ customers: seeded.customerIds.length, identities: 4 });

    const after = await dumpDatabase(db);
    expect(findStrings(after, PERSON_STRINGS)).toEqual([]);
    expect(await db.selectFrom("identity_codes").select("id").execute()).toEqual([]);
    expect(findStrings(after, [OTHER.name, OTHER.email, OTHER.phrase])).toEqual(
      expect.arrayContaining([
        `customers: ${OTHER.name}`,
        `identities: ${OTHER.email}`,
        `timeline_events: ${OTHER.phrase}`,
      ]),
    );
    expect(await reports()).toEqual(reportsBefore);

    const merge = await db
      .selectFrom("merges")
      .select("id")
      .where("survivor_id", "=", survivorId)
      .executeTakeFirstOrThrow();
    await expect(t.caller("agent").merges.unmerge({ mergeId: merge.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const erased = await t.caller("agent").customers.get({ customerId: survivorId });
    expect(erased.erased).toBe(true);
    // A reply would write the person back onto the emptied record: refused, in words the agent reads.
    const mailConversation = await db
      .selectFrom("conversations")
      .select("id")
      .where("connector_id", "=", seeded.mailbox)
      .where("customer_id", "=", survivorId)
      .executeTakeFirstOrThrow();
    const replyAfter = t.caller("agent").conversations.reply({
      conversationId: mailConversation.id,
      text: "Noch eine Frage?",
      idempotencyKey: "erasure-test-reply-after",
    });
    await expect(replyAfter).rejects.toThrow(/data was erased/);
    const noteAfter = t.caller("agent").conversations.addNote({
      conversationId: mailConversation.id,
      text: "Rief nochmal an",
    });
    await expect(noteAfter).rejects.toThrow(/data was erased/);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "customer.erased")
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ removed: done.summary });
  });
});
