import type { CustomerChannel, MergeReason } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
const connectors = {} as Record<CustomerChannel, string>;
beforeAll(async () => {
  t = await createTestApp();
  for (const channel of ["email", "facebook", "phone"] as const) {
    connectors[channel] = await createTestConnector(t.database.db, channel);
  }
});
afterAll(() => t.close());

async function newCustomer(channel: "email" | "facebook" | "phone"): Promise<string> {
  const result = await ingestMessages(t.database.db, connectors[channel], [message(channel)]);
  const row = await t.database.db
    .selectFrom("timeline_events")
    .select("customer_id")
    .where("inbound_event_id", "=", result.eventId)
    .where("customer_id", "is not", null)
    .$narrowType<{ customer_id: string }>()
    .executeTakeFirstOrThrow();
  return row.customer_id;
}

function likeness(a: string, b: string, score: number): MergeReason {
  return {
    code: "likeness",
    score,
    evidence: [{ kind: "birth-date", same: true, weight: 3 }],
    customerIds: [a, b].sort(),
  };
}

/** A likeness suggestion as the matcher writes it: sorted pair, its evidence, its score. */
async function suggest(x: string, y: string, score: number | null, createdAt = new Date()): Promise<string> {
  const [a, b] = [x, y].sort() as [string, string];
  const row = await t.database.db
    .insertInto("merge_suggestions")
    .values({
      customer_a: a,
      customer_b: b,
      reasons: JSON.stringify([likeness(a, b, score ?? 0.5)]),
      inbound_event_id: null,
      score,
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function status(suggestionId: string) {
  const row = await t.database.db
    .selectFrom("merge_suggestions")
    .select("status")
    .where("id", "=", suggestionId)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** Merges by an agent's own decision; the test customers have different names, confirmed here. */
function merge(survivorId: string, absorbedId: string) {
  return t.caller("agent").merges.merge({
    survivorId,
    absorbedId,
    reason: "Gleiche Person laut Anruf",
    confirmedDifferences: ["displayName"],
  });
}

async function allOpen() {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await t.caller("supervisor").merges.openSuggestions({ limit: 2, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("merge suggestions", () => {
  it("survive and follow merges and unmerges", async () => {
    const messenger = await newCustomer("facebook");
    const mail = await newCustomer("email");
    const phone = await newCustomer("phone");
    const suggestionId = await suggest(messenger, mail, 0.87);

    const merged = await merge(phone, messenger);
    const phone360 = await t.caller("agent").customers.get({ customerId: phone });
    expect(phone360.mergeSuggestions).toMatchObject([
      {
        id: suggestionId,
        otherCustomerId: mail,
        other: { channels: ["email"] },
      },
    ]);
    expect(phone360.mergeSuggestions[0]?.score).toBeCloseTo(0.87, 5);
    const mail360 = await t.caller("agent").customers.get({ customerId: mail });
    expect(mail360.mergeSuggestions.map((s) => [s.id, s.otherCustomerId])).toEqual([[suggestionId, phone]]);
    // The merged-away customer's link opens the survivor and its suggestions.
    const listed = await t.caller("agent").merges.suggestions({ customerId: messenger });
    expect(listed.map((s) => s.customers.map((c) => c.id).sort())).toEqual([[mail, phone].sort()]);
    const onList = (await allOpen()).find((s) => s.id === suggestionId);
    expect(onList?.customers.map((c) => c.id).sort()).toEqual([mail, phone].sort());
    expect(onList?.customers.find((c) => c.id === phone)?.channels).toEqual(["phone", "facebook"]);

    await t.caller("agent").merges.unmerge({ mergeId: merged.mergeId });
    const back = await t.caller("agent").customers.get({ customerId: messenger });
    expect(back.mergeSuggestions.map((s) => [s.id, s.otherCustomerId])).toEqual([[suggestionId, mail]]);
    expect((await t.caller("agent").customers.get({ customerId: phone })).mergeSuggestions).toEqual([]);
    expect(await status(suggestionId)).toBe("open");
  });

  it.each([
    ["the side's new customer absorbs the other side", "into-other"],
    ["the other side absorbs the side's new customer", "from-other"],
  ] as const)(
    "close as merged when their two sides are merged through the customers they went into (%s), and stay closed after an undo",
    async (_name, direction) => {
      const messenger = await newCustomer("facebook");
      const mail = await newCustomer("email");
      const phone = await newCustomer("phone");
      const suggestionId = await suggest(messenger, mail, 0.9);
      await merge(phone, messenger);
      // The phone customer now holds the Messenger side of the suggestion.
      const joined = direction === "into-other" ? await merge(mail, phone) : await merge(phone, mail);
      const survivor = direction === "into-other" ? mail : phone;
      expect(await status(suggestionId)).toBe("merged");
      expect((await allOpen()).some((s) => s.id === suggestionId)).toBe(false);
      expect((await t.caller("agent").customers.get({ customerId: survivor })).mergeSuggestions).toEqual([]);

      // The undo says this merge was wrong, not that the question should be asked again at once.
      await t.caller("agent").merges.unmerge({ mergeId: joined.mergeId });
      expect(await status(suggestionId)).toBe("merged");
      expect((await t.caller("agent").customers.get({ customerId: mail })).mergeSuggestions).toEqual([]);
      expect((await t.caller("agent").customers.get({ customerId: phone })).mergeSuggestions).toEqual([]);
    },
  );

  it("record the suggestion's reasons with the merge, or the agent's own decision when it was withdrawn meanwhile", async () => {
    const evidenceOf = async (mergeId: string) =>
      (
        await t.database.db
          .selectFrom("merges")
          .select("evidence")
          .where("id", "=", mergeId)
          .executeTakeFirstOrThrow()
      ).evidence;
    const [a, b] = [await newCustomer("facebook"), await newCustomer("email")];
    const kept = await suggest(a, b, 0.9);
    const taken = await t.caller("agent").merges.merge({
      survivorId: b,
      absorbedId: a,
      reason: "Vorschlag",
      suggestionId: kept,
      confirmedDifferences: ["displayName"],
    });
    expect(await evidenceOf(taken.mergeId)).toEqual([likeness(...([a, b].sort() as [string, string]), 0.9)]);

    const [c, d] = [await newCustomer("facebook"), await newCustomer("email")];
    const withdrawn = await suggest(c, d, 0.7);
    // The matcher withdrew it while the agent's banner still showed it.
    await t.database.db.deleteFrom("merge_suggestions").where("id", "=", withdrawn).execute();
    const hers = await t.caller("agent").merges.merge({
      survivorId: d,
      absorbedId: c,
      reason: "Vorschlag",
      suggestionId: withdrawn,
      confirmedDifferences: ["displayName"],
    });
    expect(await evidenceOf(hers.mergeId)).toEqual([{ code: "agent-decision", customerIds: [c, d].sort() }]);
  });

  it("are listed for supervisors surest first, unscored last, page by page without gaps", async () => {
    const before = new Set((await allOpen()).map((s) => s.id));
    const base = Date.UTC(2026, 5, 1);
    const made = [];
    for (const [score, minute] of [
      [0.61, 1],
      [null, 2],
      [0.95, 3],
      [0.61, 0],
      [0.8, 4],
    ] as const) {
      const a = await newCustomer("facebook");
      const b = await newCustomer("email");
      made.push(await suggest(a, b, score, new Date(base + minute * 60_000)));
    }
    const [low1, unscored, best, low0, middle] = made;
    const listed = (await allOpen()).filter((s) => !before.has(s.id));
    expect(listed.map((s) => s.id)).toEqual([best, middle, low0, low1, unscored]);
    expect(listed[0]?.customers.map((c) => c.channels)).toEqual(
      expect.arrayContaining([["email"], ["facebook"]]),
    );
    expect(listed[0]?.reasons[0]).toMatchObject({ code: "likeness", evidence: [{ kind: "birth-date" }] });

    const sure = await t.caller("supervisor").merges.openSuggestions({ minScore: 0.8 });
    expect(sure.items.every((s) => s.score !== null && s.score >= 0.8)).toBe(true);
    expect(sure.items.map((s) => s.id)).toEqual(expect.arrayContaining([best, middle]));
    await expect(t.caller("agent").merges.openSuggestions({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      t.caller("supervisor").merges.openSuggestions({ cursor: "not a cursor" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("between customers already merged are not listed", async () => {
    const a = await newCustomer("facebook");
    const b = await newCustomer("email");
    await merge(a, b);
    // A row from before merges closed the suggestions between their sides.
    const stale = await suggest(a, b, 0.99);
    expect((await allOpen()).some((s) => s.id === stale)).toBe(false);
    expect((await t.caller("agent").customers.get({ customerId: a })).mergeSuggestions).toEqual([]);
  });

  it("'not the same person' is remembered; a merge stays possible but its preview says who decided", async () => {
    const messenger = await newCustomer("facebook");
    const mail = await newCustomer("email");
    const phone = await newCustomer("phone");
    const suggestionId = await suggest(messenger, mail, 0.7);
    await merge(phone, messenger);
    const now = Date.now();
    await t.caller("agent").merges.notSamePerson({ suggestionId });

    expect(await status(suggestionId)).toBe("dismissed");
    expect((await t.caller("agent").customers.get({ customerId: mail })).mergeSuggestions).toEqual([]);
    const remembered = await t.database.db
      .selectFrom("distinct_people")
      .selectAll()
      .where("suggestion_id", "=", suggestionId)
      .orderBy("customer_a")
      .execute();
    // The pair it was made for, and the live customers the agent saw (the Messenger side is in phone now).
    expect(remembered.map((row) => [row.customer_a, row.customer_b]).sort()).toEqual(
      [[messenger, mail].sort(), [phone, mail].sort()].sort(),
    );
    expect(remembered.every((row) => row.decided_by === t.users.agent.id)).toBe(true);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", suggestionId)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["merge_suggestion.notSamePerson"]);
    await expect(t.caller("agent").merges.notSamePerson({ suggestionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const preview = await t.caller("agent").merges.preview({ survivorId: mail, absorbedId: phone });
    expect(preview.markedDistinct?.byName).toBeTruthy();
    expect(Date.parse(preview.markedDistinct?.at ?? "")).toBeGreaterThanOrEqual(now - 1000);
    await merge(mail, phone);
  });

  it("'later' forgets: a dismissed pair is not marked as two people", async () => {
    const a = await newCustomer("facebook");
    const b = await newCustomer("email");
    const suggestionId = await suggest(a, b, 0.6);
    await t.caller("agent").merges.dismiss({ suggestionId });
    expect(await status(suggestionId)).toBe("dismissed");
    const preview = await t.caller("agent").merges.preview({ survivorId: a, absorbedId: b });
    expect(preview.markedDistinct).toBeNull();
  });
});
