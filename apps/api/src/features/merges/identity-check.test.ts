import { parseMergeReasons } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A customer as the system of record knows her, and one as she wrote on Messenger (nothing on file). */
async function customers() {
  const db = t.database.db;
  const record = await db
    .insertInto("customers")
    .values({
      display_name: "Sabine Brandberg",
      customer_number: `K-${Math.random().toString().slice(2, 9)}`,
      birth_date: "1985-02-14",
      postal_address: JSON.stringify({
        street: "Am Wall",
        houseNumber: "12",
        postalCode: "28195",
        city: "Bremen",
        country: "DE",
      }),
    })
    .returning(["id", "customer_number"])
    .executeTakeFirstOrThrow();
  const messenger = await db
    .insertInto("customers")
    .values({ display_name: "Sabine Brandberg" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { record: record.id, customerNumber: record.customer_number ?? "", messenger: messenger.id };
}

async function evidenceOf(mergeId: string) {
  const row = await t.database.db
    .selectFrom("merges")
    .select("evidence")
    .where("id", "=", mergeId)
    .executeTakeFirstOrThrow();
  return parseMergeReasons(row.evidence);
}

describe("asking a customer to prove who they are before a merge by hand", () => {
  it("compares the answers with the record and says which facts it could ask, never their values", async () => {
    const { record, messenger, customerNumber } = await customers();
    expect(await t.caller("agent").merges.identityFacts({ customerIds: [messenger, record] })).toEqual({
      onFile: ["birth-date", "postcode", "customer-number"],
      // Neither has an e-mail address on file: no code to mail.
      codeTargets: [],
      noMailbox: false,
      latestCode: null,
    });
    const result = await t.caller("agent").merges.checkIdentity({
      customerIds: [messenger, record],
      answers: { birthDate: "14.02.1985", postcode: "28 195" },
    });
    expect(result).toEqual({
      checks: [
        { fact: "birth-date", result: "same" },
        { fact: "postcode", result: "same" },
      ],
      confirmed: true,
    });
    expect(JSON.stringify(result)).not.toContain(customerNumber);

    const wrong = await t.caller("agent").merges.checkIdentity({
      customerIds: [messenger, record],
      answers: { birthDate: "15.02.1985" },
    });
    expect(wrong.checks).toEqual([{ fact: "birth-date", result: "different" }]);
    expect(wrong.confirmed).toBe(false);
  });

  it("records the answers with the merge, checked again at that moment, and the agent's own words", async () => {
    const { record, messenger } = await customers();
    const merged = await t.caller("agent").merges.merge({
      survivorId: messenger,
      absorbedId: record,
      reason: "Kundin nannte Geburtsdatum und PLZ im Chat",
      identityAnswers: { birthDate: "1985-02-14", postcode: "28195", customerNumber: "" },
    });
    expect(await evidenceOf(merged.mergeId)).toEqual([
      { code: "agent-decision", customerIds: [messenger, record].sort() },
      {
        code: "identity-answers",
        checks: [
          { fact: "birth-date", result: "same" },
          { fact: "postcode", result: "same" },
        ],
        customerIds: [messenger, record].sort(),
      },
    ]);
    // What was merged in still counts: the record's date of birth is asked through the survivor.
    const { messenger: another } = await customers();
    const again = await t.caller("supervisor").merges.checkIdentity({
      customerIds: [messenger, another],
      answers: { birthDate: "14.02.1985" },
    });
    expect(again.checks).toEqual([{ fact: "birth-date", result: "same" }]);
    // A customer merged away is no longer asked about; its survivor is.
    await expect(
      t
        .caller("agent")
        .merges.checkIdentity({ customerIds: [record, another], answers: { postcode: "28195" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("adds the answers to a suggestion's evidence when the agent asked before accepting it", async () => {
    const { record, messenger } = await customers();
    const [a, b] = [record, messenger].sort() as [string, string];
    const likeness = {
      code: "likeness" as const,
      score: 0.62,
      evidence: [
        {
          kind: "name" as const,
          likeness: "same" as const,
          names: ["Sabine Brandberg", "Sabine Brandberg"] as [string, string],
          weight: 5,
        },
      ],
      customerIds: [a, b],
    };
    const suggestion = await t.database.db
      .insertInto("merge_suggestions")
      .values({
        customer_a: a,
        customer_b: b,
        reasons: JSON.stringify([likeness]),
        inbound_event_id: null,
        score: 0.62,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const merged = await t.caller("agent").merges.merge({
      survivorId: record,
      absorbedId: messenger,
      suggestionId: suggestion.id,
      identityAnswers: { customerNumber: "x" },
    });
    const evidence = await evidenceOf(merged.mergeId);
    expect(evidence.map((reason) => reason.code)).toEqual(["likeness", "identity-answers"]);
    expect(evidence[1]).toMatchObject({ checks: [{ fact: "customer-number", result: "different" }] });
  });

  it("audits each check without the answers, and stops an agent guessing after ten an hour", async () => {
    const { record, messenger } = await customers();
    const agent = t.caller("agent");
    const guess = (day: number) =>
      agent.merges.checkIdentity({
        customerIds: [record, messenger],
        answers: { birthDate: `${String(day).padStart(2, "0")}.03.1985` },
      });
    for (let day = 1; day <= 10; day++) expect((await guess(day)).confirmed).toBe(false);
    await expect(guess(11)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Another agent, another pair: each has its own count.
    const other = await t
      .caller("supervisor")
      .merges.checkIdentity({ customerIds: [messenger, record], answers: { postcode: "28195" } });
    expect(other.confirmed).toBe(true);
    const audited = await t.database.db
      .selectFrom("audit_log")
      .select(["details"])
      .where("action", "=", "customer.identityChecked")
      .where("customer_id", "=", [record, messenger].sort()[0] ?? "")
      .execute();
    expect(audited).toHaveLength(11);
    expect(JSON.stringify(audited)).not.toContain("1985");
    expect(audited[0]?.details).toMatchObject({ customerIds: [record, messenger].sort() });
  });

  it("counts a burst of checks sent at once one after the other: exactly ten get an answer", async () => {
    const { record, messenger } = await customers();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 15 }, (_, i) =>
        t.caller("agent").merges.checkIdentity({
          customerIds: [record, messenger],
          answers: { postcode: String(10_000 + i) },
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    for (const refused of outcomes.filter((o) => o.status === "rejected"))
      expect(refused.reason).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("refuses a date of birth that is no date, saying how to write it, and a check without answers", async () => {
    const { record, messenger } = await customers();
    await expect(
      t.caller("agent").merges.checkIdentity({
        customerIds: [messenger, record],
        answers: { birthDate: "31.04.1985" },
      }),
    ).rejects.toThrow(/DD\.MM\.YYYY/);
    await expect(
      t
        .caller("agent")
        .merges.checkIdentity({ customerIds: [messenger, record], answers: { postcode: " " } }),
    ).rejects.toThrow(/at least one/);
  });
});
