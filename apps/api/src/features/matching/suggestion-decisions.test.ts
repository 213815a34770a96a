import { afterEach, describe, expect, it } from "vitest";
import { annaOnTwoChannels, contact, openSuggestions } from "../../test/matcher-contacts.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { importPersonRecords } from "../holdings/import-person-records.ts";

/*
 * What people decided about a pair, and what happened to its evidence since, as the matcher honours
 * them: two people, dismissed, merged and undone, one person already, evidence gone.
 */

let t: TestApp;
afterEach(() => t.close());

describe("the matcher and what people decided", () => {
  it("never suggests a pair marked as two people, nor one dismissed at the same score", async () => {
    t = await createTestApp();
    const db = t.database.db;
    const { byMail, byMessenger } = await annaOnTwoChannels(t);
    const [a, b] = [byMail, byMessenger].sort() as [string, string];
    await db
      .insertInto("distinct_people")
      .values({ customer_a: a, customer_b: b, decided_by: t.users.supervisor.id, decided_at: new Date() })
      .execute();
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);

    await db.deleteFrom("distinct_people").execute();
    await db.insertInto("match_checks").values({ customer_id: a, due_at: new Date() }).execute();
    await t.app.services.matching.drain();
    const [suggestion] = await openSuggestions(t);
    if (!suggestion) throw new Error("no suggestion without the distinct mark");
    await t.caller("agent").merges.dismiss({ suggestionId: suggestion.id });
    await db.insertInto("match_checks").values({ customer_id: b, due_at: new Date() }).execute();
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);
  });

  it("after an undone merge, suggests the pair again only on evidence beyond what it was merged on", async () => {
    t = await createTestApp();
    const db = t.database.db;
    const { byMail, byMessenger, messenger } = await annaOnTwoChannels(t);
    await t.app.services.matching.drain();
    const [first] = await openSuggestions(t);
    if (!first?.score) throw new Error("no scored suggestion for the two Annas");
    const merged = await t.caller("agent").merges.merge({
      survivorId: byMail,
      absorbedId: byMessenger,
      reason: "Vorschlag",
      suggestionId: first.id,
    });
    await t.caller("agent").merges.unmerge({ mergeId: merged.mergeId });
    // The undo queued both: checked again, the same evidence does not come back at once.
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);

    // The system of record knows the mailbox Anna by a number she then writes on Messenger: more
    // than the merge was taken on.
    await importPersonRecords(db, {
      rows: [
        {
          sourceSystem: "core-banking",
          customerNumber: "K-4711",
          name: "Anna Schneider",
          email: "anna.schneider@example.de",
        },
      ],
      actorUserId: null,
      integrationKeyId: null,
      defaultCountry: "DE",
      ip: null,
      now: new Date(),
    });
    await contact(t, messenger, "facebook", "Anna Schneider", "4711000111", "Meine Kundennummer ist K-4711");
    await t.app.services.matching.drain();
    const [again] = await openSuggestions(t);
    expect([again?.customer_a, again?.customer_b].sort()).toEqual([byMail, byMessenger].sort());
    expect(again?.score).toBeGreaterThan(first.score);
    // Suggested, never merged alone: a person undid this pair once.
    const merges = await db.selectFrom("merges").select("id").where("undone_at", "is", null).execute();
    expect(merges).toEqual([]);
  });

  it("keeps an open suggestion's reasons as they are today, and withdraws it when nothing is left", async () => {
    t = await createTestApp();
    const db = t.database.db;
    const { byMail, byMessenger } = await annaOnTwoChannels(t);
    await t.app.services.matching.drain();
    const [first] = await openSuggestions(t);
    if (!first?.score) throw new Error("no scored suggestion for the two Annas");
    const evidenceOf = async () => {
      const [suggestion] = await openSuggestions(t);
      const likeness = suggestion?.reasons.find((reason) => reason.code === "likeness");
      return likeness?.code === "likeness" ? likeness.evidence.map((piece) => piece.kind).sort() : [];
    };
    expect(await evidenceOf()).toContain("name");

    // The Messenger contact turns out to be called otherwise: the address she wrote still holds.
    await db
      .updateTable("customers")
      .set({ display_name: "Bernd Krause" })
      .where("id", "=", byMessenger)
      .execute();
    await db.insertInto("match_checks").values({ customer_id: byMail, due_at: new Date() }).execute();
    await t.app.services.matching.drain();
    const [renamed] = await openSuggestions(t);
    expect(renamed?.id).toBe(first.id);
    expect(await evidenceOf()).not.toContain("name");
    expect(await evidenceOf()).toContain("written-identifier");
    expect(renamed?.score).toBeLessThan(first.score);

    // And the message naming the address is gone: nothing says they are one person any more.
    await db
      .updateTable("timeline_events")
      .set({ body_text: "(gelöscht)" })
      .where("customer_id", "=", byMessenger)
      .execute();
    await db.insertInto("match_checks").values({ customer_id: byMail, due_at: new Date() }).execute();
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);
    const withdrawn = await db
      .selectFrom("realtime_events")
      .select("payload")
      .where("topic", "=", "merge.withdrawn")
      .execute();
    expect(withdrawn.map((row) => row.payload)).toEqual([
      { suggestionId: first.id, customerIds: [first.customer_a, first.customer_b] },
    ]);
  });

  it("never suggests customers that are already one person", async () => {
    t = await createTestApp();
    const { byMail, byMessenger } = await annaOnTwoChannels(t);
    // Both checked: each holds its blocking keys.
    await t.app.services.matching.drain();
    await t.caller("agent").merges.merge({
      survivorId: byMail,
      absorbedId: byMessenger,
      reason: "Same person, she told us on the phone",
    });
    // The merged-away record is nobody's candidate any more, before any check runs.
    const keysOf = (customerId: string) =>
      t.database.db
        .selectFrom("customer_match_keys")
        .select("key")
        .where("customer_id", "=", customerId)
        .execute();
    expect(await keysOf(byMessenger)).toEqual([]);
    expect((await keysOf(byMail)).length).toBeGreaterThan(0);
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);
    expect(await keysOf(byMessenger)).toEqual([]);
    // The merge queued the survivor: checked, with no twin left.
    expect(await t.database.db.selectFrom("match_checks").selectAll().execute()).toEqual([]);
  });
});
