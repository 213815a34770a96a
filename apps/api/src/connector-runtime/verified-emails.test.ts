import { parseMergeReasons } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { VERIFIED_EMAIL_REASON } from "./link-forum-email.ts";
import { lookUpForumEmails, type EmailLookup } from "./verified-emails.ts";

let t: TestApp;
let forum: string;
let mailbox: string;
beforeAll(async () => {
  t = await createTestApp();
  forum = await createTestConnector(t.database.db, "emma-inbound", "Community");
  mailbox = await createTestConnector(t.database.db, "emma-inbound", "Kontaktformular");
});
afterAll(() => t.close());

/** What the fake forum says about each of its user ids; every question is counted. */
function fakeForum(addresses: Record<string, { address: string; verified: boolean } | null>) {
  const asked: string[] = [];
  const lookup: EmailLookup = {
    kinds: ["emma-inbound"],
    emailOf: (account) => {
      const userId = account.value.split(":").at(-1) ?? "";
      asked.push(userId);
      return Promise.resolve(addresses[userId] ?? null);
    },
  };
  return { lookup, asked };
}

async function customerByEmail(address: string, name: string): Promise<string> {
  await ingestMessages(t.database.db, mailbox, [
    message("email", { author: { name, identities: [{ kind: "email", value: address }] } }),
  ]);
  return customerOf("email", address);
}

async function forumMember(userId: string, name: string): Promise<string> {
  await ingestMessages(t.database.db, forum, [
    message("forum", {
      author: {
        name,
        identities: [{ kind: "forum", value: userId, site: "community.bank.example", display: name }],
      },
    }),
  ]);
  return customerOf("forum", `community.bank.example:${userId}`);
}

async function customerOf(kind: "email" | "forum", value: string): Promise<string> {
  const row = await t.database.db
    .selectFrom("identities")
    .select("customer_id")
    .where("kind", "=", kind)
    .where("value", "=", value)
    .executeTakeFirstOrThrow();
  return row.customer_id;
}

describe("forum accounts' e-mail addresses", () => {
  it("a verified address of a known customer merges the forum account into them, recorded and undoable", async () => {
    const known = await customerByEmail("anna.schneider@example.de", "Anna Schneider");
    const member = await forumMember("301", "anna_s");
    const { lookup } = fakeForum({ "301": { address: "Anna.Schneider@example.de", verified: true } });
    expect(await lookUpForumEmails(t.database.db, memoryLogger(), lookup)).toBeGreaterThan(0);
    expect(await customerOf("forum", "community.bank.example:301")).toBe(known);
    const merge = await t.database.db
      .selectFrom("merges")
      .selectAll()
      .where("absorbed_id", "=", member)
      .executeTakeFirstOrThrow();
    expect(merge).toMatchObject({ survivor_id: known, merged_by: null, reason: VERIFIED_EMAIL_REASON });
    expect(parseMergeReasons(merge.evidence)).toEqual([
      expect.objectContaining({
        code: "forum-email",
        verified: true,
        email: "anna.schneider@example.de",
        forum: { kind: "forum", value: "community.bank.example:301" },
      }),
    ]);
    await t.caller("supervisor").merges.unmerge({ mergeId: merge.id });
    expect(await customerOf("forum", "community.bank.example:301")).toBe(member);
  });

  it("a verified address nobody has becomes the forum customer's e-mail identity", async () => {
    const member = await forumMember("302", "bernd");
    const { lookup } = fakeForum({ "302": { address: "bernd@example.de", verified: true } });
    await lookUpForumEmails(t.database.db, memoryLogger(), lookup);
    expect(await customerOf("email", "bernd@example.de")).toBe(member);
  });

  it("an unverified address of another customer only suggests the merge, with its reason", async () => {
    const known = await customerByEmail("clara@example.de", "Clara Weiß");
    const member = await forumMember("303", "clara");
    const { lookup } = fakeForum({ "303": { address: "clara@example.de", verified: false } });
    await lookUpForumEmails(t.database.db, memoryLogger(), lookup);
    expect(await customerOf("forum", "community.bank.example:303")).toBe(member);
    const suggestion = await t.database.db
      .selectFrom("merge_suggestions")
      .selectAll()
      .where("status", "=", "open")
      .where((eb) => eb.or([eb("customer_a", "=", member), eb("customer_b", "=", member)]))
      .executeTakeFirstOrThrow();
    expect([suggestion.customer_a, suggestion.customer_b].sort()).toEqual([known, member].sort());
    expect(parseMergeReasons(suggestion.reasons)).toEqual([
      expect.objectContaining({ code: "forum-email", verified: false, email: "clara@example.de" }),
    ]);
  });

  it("asks about each account once; an unverified address nobody has is not added", async () => {
    await forumMember("304", "dora");
    const first = fakeForum({ "304": { address: "dora@example.de", verified: false } });
    await lookUpForumEmails(t.database.db, memoryLogger(), first.lookup);
    expect(first.asked).toEqual(["304"]);
    const again = fakeForum({});
    await lookUpForumEmails(t.database.db, memoryLogger(), again.lookup);
    expect(again.asked).toEqual([]);
    const added = await t.database.db
      .selectFrom("identities")
      .select("id")
      .where("kind", "=", "email")
      .where("value", "=", "dora@example.de")
      .execute();
    expect(added).toEqual([]);
  });
});
