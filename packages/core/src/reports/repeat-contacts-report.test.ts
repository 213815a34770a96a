import { describe, expect, it } from "vitest";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import type { Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";
import { repeatContactsReport } from "./repeat-contacts-report.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const day = (d: number, hour = 10) =>
  `2026-05-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;
const may = reportPeriod("2026-05-03", "2026-05-10", "UTC");

describe("repeat contacts across channels", () => {
  it("counts contacts whose customer had a conversation on another channel in the 7 days before", () => {
    const facts = [
      // Anna wrote by e-mail as a customer later merged into her; then she called twice.
      fact("anna-mail", day(1), { customerId: "anna-old", lastMessageAt: new Date(day(2)) }),
      fact("anna-call-1", day(5), { customerId: "anna", channel: "phone" }),
      fact("anna-call-2", day(6), { customerId: "anna", channel: "phone" }),
      // Ben's Facebook message is more than 7 days before his e-mail.
      fact("ben-facebook", day(1), { customerId: "ben", channel: "facebook" }),
      fact("ben-mail", day(10), { customerId: "ben" }),
      // Cem goes X → forum → X.
      fact("cem-x-1", day(3), { customerId: "cem", channel: "twitter" }),
      fact("cem-forum", day(4), { customerId: "cem", channel: "forum" }),
      fact("cem-x-2", day(5), { customerId: "cem", channel: "twitter" }),
      fact("unknown-caller", day(5), { customerId: null, channel: "phone" }),
    ];
    const figures = repeatContactsReport(facts, {
      period: may,
      filter: {},
      mergedInto: new Map([["anna-old", "anna"]]),
    });
    expect(value(figures, "repeat|all|count")).toBe(4);
    expect(value(figures, "repeat|all|share")).toBeCloseTo(4 / 6);
    expect(value(figures, "repeat|all|customers")).toBe(2);
    expect(value(figures, "repeat|email>phone|count")).toBe(2);
    expect(value(figures, "repeat|email>phone|customers")).toBe(1);
    expect(value(figures, "repeat|email>phone|share")).toBe(1);
    expect(value(figures, "repeat|twitter>forum|share")).toBe(1);
    expect(value(figures, "repeat|forum>twitter|share")).toBe(0.5);
    expect(value(figures, "repeat|facebook>email|count")).toBe(0);
    expect(ids(figures, "repeat|all|count")).toEqual(["cem-forum", "anna-call-1", "cem-x-2", "anna-call-2"]);
  });

  it("does not see the repeat when the customers were never merged, and follows a merge chain to its end", () => {
    const facts = [
      fact("a-mail", day(4), { customerId: "a" }),
      fact("c-call", day(5), { customerId: "c", channel: "phone" }),
      fact("stranger-call", day(5, 11), { customerId: "stranger", channel: "phone" }),
    ];
    const mergedInto = new Map([
      ["a", "b"],
      ["b", "c"],
    ]);
    const figures = repeatContactsReport(facts, { period: may, filter: {}, mergedInto });
    expect(ids(figures, "repeat|email>phone|count")).toEqual(["c-call"]);
    expect(value(figures, "repeat|email>phone|share")).toBe(0.5);
    const unmerged = repeatContactsReport(facts, { period: may, filter: {}, mergedInto: new Map() });
    expect(value(unmerged, "repeat|all|count")).toBe(0);
  });

  it("narrows the arriving contacts to the team but sees the earlier conversation of any team", () => {
    const facts = [
      fact("mail", day(4), { teamId: "red" }),
      fact("call", day(5), { channel: "phone", teamId: "blue" }),
    ];
    const blue = repeatContactsReport(facts, {
      period: may,
      filter: { teamId: "blue" },
      mergedInto: new Map(),
    });
    expect(ids(blue, "repeat|email>phone|count")).toEqual(["call"]);
    const red = repeatContactsReport(facts, {
      period: may,
      filter: { teamId: "red" },
      mergedInto: new Map(),
    });
    expect(value(red, "repeat|all|share")).toBe(0);
  });
});
