import { SUGGEST_FROM_SCORE, parseMergeReasons, type MatcherEvaluation } from "@emma/core";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { annaOnTwoChannels, contact, openSuggestions } from "../../test/matcher-contacts.ts";
import { createTestConnector } from "../../test/test-ingest.ts";
import { importPersonRecords } from "../holdings/import-person-records.ts";

const backedFrom80: MatcherEvaluation = {
  measuredAt: "2026-12-01",
  pairs: 10_000,
  thresholds: [
    { threshold: 0.6, precision: 0.98, recall: 0.9, suggested: 4_000 },
    { threshold: 0.8, precision: 0.9992, recall: 0.7, suggested: 2_500 },
  ],
};

let t: TestApp;
afterEach(() => t.close());

describe("the matcher", () => {
  it("suggests the e-mail and the Messenger Anna Schneider as one person after one pass, once", async () => {
    t = await createTestApp();
    const { byMail, byMessenger } = await annaOnTwoChannels(t);
    const queued = await t.database.db.selectFrom("match_checks").select("customer_id").execute();
    expect(queued.map((row) => row.customer_id).sort()).toEqual([byMail, byMessenger].sort());

    await t.app.services.matching.drain();

    const suggestions = await openSuggestions(t);
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect([suggestion?.customer_a, suggestion?.customer_b].sort()).toEqual([byMail, byMessenger].sort());
    const likeness = suggestion?.reasons.find((reason) => reason.code === "likeness");
    expect(likeness?.code === "likeness" && likeness.evidence.map((piece) => piece.kind)).toEqual(
      expect.arrayContaining(["name", "written-identifier"]),
    );
    expect(suggestion?.score).toBeGreaterThanOrEqual(SUGGEST_FROM_SCORE);
    // Scored as the evaluation measured it: the name's rarity counts, two customers hold it.
    const name =
      likeness?.code === "likeness" ? likeness.evidence.find((piece) => piece.kind === "name") : undefined;
    expect(name).toMatchObject({ kind: "name", sharedBy: 2 });
    const news = await t.database.db
      .selectFrom("realtime_events")
      .select("payload")
      .where("topic", "=", "merge.suggested")
      .execute();
    expect(news).toHaveLength(1);
    expect(await t.database.db.selectFrom("match_checks").select("customer_id").execute()).toEqual([]);

    // Another message from Anna checks her again: the one suggestion stays one.
    await contact(
      t,
      (
        await t.database.db
          .selectFrom("connectors")
          .select("id")
          .where("kind", "=", "email")
          .executeTakeFirstOrThrow()
      ).id,
      "email",
      "Anna Schneider",
      "anna.s@example.de",
      "Noch eine Frage",
    );
    await t.database.db
      .insertInto("match_checks")
      .values({ customer_id: byMessenger, due_at: new Date() })
      .execute();
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toHaveLength(1);
  });

  it("compares a known customer again when they write, with what they wrote", async () => {
    t = await createTestApp();
    const db = t.database.db;
    const mail = await createTestConnector(db, "email");
    const messenger = await createTestConnector(db, "facebook");
    const byMail = await contact(
      t,
      mail,
      "email",
      "Anna Schneider",
      "anna.schneider@example.de",
      "Frage zum Konto",
    );
    await t.app.services.matching.drain();
    // No new identity: only her words are new, and they name a Messenger contact's customer number.
    const byMessenger = await contact(t, messenger, "facebook", "Anna Schneider", "4711000222", "Hallo");
    await db
      .updateTable("customers")
      .set({ customer_number: "K-2000001" })
      .where("id", "=", byMessenger)
      .execute();
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toEqual([]);

    await contact(
      t,
      mail,
      "email",
      "Anna Schneider",
      "anna.schneider@example.de",
      "Ich habe auch bei Facebook geschrieben, meine Kundennummer ist K-2000001.",
    );
    expect(await db.selectFrom("match_checks").select("customer_id").execute()).toEqual([
      { customer_id: byMail },
    ]);
    await t.app.services.matching.drain();
    const [suggestion] = await openSuggestions(t);
    const likeness = suggestion?.reasons.find((reason) => reason.code === "likeness");
    expect(likeness?.code === "likeness" && likeness.evidence.map((piece) => piece.kind)).toContain(
      "written-identifier",
    );
  });

  it("suggests a pair once a person import gives one of them the customer number the other wrote", async () => {
    t = await createTestApp();
    const db = t.database.db;
    const mail = await createTestConnector(db, "email");
    const messenger = await createTestConnector(db, "facebook");
    const byMail = await contact(t, mail, "email", "Anna Schneider", "anna@example.de", "Frage zum Konto");
    const byMessenger = await contact(
      t,
      messenger,
      "facebook",
      "Anna Schneider",
      "99001",
      "Meine Kundennummer ist K-4711",
    );
    await t.app.services.matching.drain();
    const before = (await openSuggestions(t))[0]?.score ?? 0;

    const summary = await importPersonRecords(db, {
      rows: [
        {
          sourceSystem: "core-banking",
          customerNumber: "K-4711",
          name: "Anna Schneider",
          birthDate: "1985-03-07",
          address: {
            street: "Hauptstraße",
            houseNumber: "12",
            postalCode: "10115",
            city: "Berlin",
            country: "DE",
          },
          email: "anna@example.de",
        },
      ],
      actorUserId: null,
      integrationKeyId: null,
      defaultCountry: "DE",
      ip: null,
      now: new Date(),
    });
    expect(summary.outcomes).toEqual([{ customerNumber: "K-4711", status: "updated", customerId: byMail }]);
    await t.app.services.matching.drain();

    const [suggestion] = await openSuggestions(t);
    expect([suggestion?.customer_a, suggestion?.customer_b].sort()).toEqual([byMail, byMessenger].sort());
    expect(suggestion?.score).toBeGreaterThan(before);
    const likeness = suggestion?.reasons.find((reason) => reason.code === "likeness");
    expect(likeness?.code === "likeness" && likeness.evidence).toContainEqual(
      expect.objectContaining({
        kind: "written-identifier",
        identifier: { kind: "customer-number", value: "K-4711" },
      }),
    );
    const record = await db
      .selectFrom("customers")
      .select(["customer_number", "record_name", "postal_address"])
      .where("id", "=", byMail)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ customer_number: "K-4711", record_name: "Anna Schneider" });
    expect(record.postal_address).toMatchObject({ street: "Hauptstraße", city: "Berlin" });
  });

  it("sweeps every live customer once and reports its progress; a second sweep waits for the first", async () => {
    t = await createTestApp();
    await annaOnTwoChannels(t);
    await t.app.services.matching.drain();
    const supervisor = t.caller("supervisor");
    expect(await supervisor.merges.sweep()).toBeNull();
    const started = await supervisor.merges.startSweep();
    expect(started).toMatchObject({ cause: "manual", total: 2, done: 0, finishedAt: null });
    await expect(supervisor.merges.startSweep()).rejects.toThrow(/already running \(started/);
    await t.app.services.matching.drain();
    const finished = await supervisor.merges.sweep();
    expect(finished).toMatchObject({ id: started.id, total: 2, done: 2 });
    expect(finished?.finishedAt).not.toBeNull();
    // The pair was suggested before the sweep: the sweep found nothing new.
    expect(finished?.suggested).toBe(0);
    await expect(supervisor.merges.startSweep()).resolves.toMatchObject({ total: 2 });
  });

  it("merges on its own only with a threshold an admin saved and the evaluation backs, never on a written identifier", async () => {
    t = await createTestApp();
    await expect(t.caller("admin").settings.saveMatching({ autoMergeFromScore: 0.9 })).rejects.toThrow(
      /not backed by the matcher's evaluation/,
    );
    await t.close();

    t = await createTestApp({ matcherEvaluation: backedFrom80 });
    const db = t.database.db;
    const admin = t.caller("admin");
    await expect(admin.settings.saveMatching({ autoMergeFromScore: 0.7 })).rejects.toThrow(/0\.7/);
    await expect(admin.settings.saveMatching({ autoMergeFromScore: 0.8 })).resolves.toMatchObject({
      autoMergeFromScore: 0.8,
    });
    // A written address is strong, but only an agent confirms it: suggested, not merged.
    const { byMail, byMessenger } = await annaOnTwoChannels(t);
    await t.app.services.matching.drain();
    expect(await openSuggestions(t)).toHaveLength(1);
    expect(await db.selectFrom("merges").selectAll().execute()).toEqual([]);

    // The same name and the system of record's date of birth, nothing written: merged, as Emma.
    const mail = await createTestConnector(db, "email");
    const bert = await contact(t, mail, "email", "Bert Brandt", "bert@example.de", "Adresse ändern");
    const phone = await createTestConnector(db, "phone");
    const bertCalls = await contact(t, phone, "phone", "Bert Brandt", "+491711234567", "Rückruf bitte");
    await db
      .updateTable("customers")
      .set({ birth_date: "1970-01-02" })
      .where("id", "in", [bert, bertCalls])
      .execute();
    await db
      .insertInto("match_checks")
      .values({ customer_id: bert, due_at: new Date() })
      .onConflict((oc) => oc.column("customer_id").doUpdateSet({ due_at: new Date() }))
      .execute();
    await t.app.services.matching.drain();
    const merges = await db
      .selectFrom("merges")
      .select(["survivor_id", "absorbed_id", "merged_by", "evidence"])
      .execute();
    expect(merges).toHaveLength(1);
    expect([merges[0]?.survivor_id, merges[0]?.absorbed_id].sort()).toEqual([bert, bertCalls].sort());
    expect(merges[0]?.merged_by).toBeNull();
    expect(parseMergeReasons(merges[0]?.evidence).map((reason) => reason.code)).toEqual(["likeness"]);
    expect([byMail, byMessenger]).not.toContain(merges[0]?.survivor_id);
  });
});
