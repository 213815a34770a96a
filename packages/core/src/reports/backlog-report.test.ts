import { describe, expect, it } from "vitest";
import { backlogReport } from "./backlog-report.ts";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import { reportPeriod } from "./report-period.ts";

describe("backlog by age", () => {
  it("counts contacts unresolved at the period's end by how long they had been open", () => {
    // Midnight after 31 March in Berlin (UTC+2 since the 29th).
    const end = Date.parse("2026-03-31T22:00:00Z");
    const ago = (hours: number) => new Date(end - hours * 3_600_000).toISOString();
    const facts = [
      fact("fresh", ago(2)),
      fact("resolved-later", ago(48), { resolvedAt: new Date(end + 3_600_000) }),
      fact("old", ago(40 * 24)),
      fact("resolved-before", ago(5 * 24), { resolvedAt: new Date(end - 3_600_000) }),
      // Resolved last week, reopened since and open now: it has been waiting all along.
      fact("reopened", ago(24 * 3)),
      fact("later", new Date(end + 60_000).toISOString()),
      fact("outreach", ago(3), { lastInboundAt: null }),
    ];
    const figures = backlogReport(facts, {
      period: reportPeriod("2026-03-01", "2026-03-31", "Europe/Berlin"),
      now: new Date("2026-05-01T00:00:00Z"),
      filter: {},
    });
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({
      "backlog|under1d": 1,
      "backlog|1to3d": 1,
      "backlog|3to7d": 1,
      "backlog|7to30d": 0,
      "backlog|over30d": 1,
      "backlog|all": 4,
    });
    expect(figures.at(-1)?.conversationIds).toEqual(["fresh", "resolved-later", "reopened", "old"]);
  });

  it("takes the backlog now when the period has not ended yet", () => {
    const now = new Date("2026-06-10T12:00:00Z");
    const facts = [fact("today", "2026-06-10T11:00:00Z"), fact("tomorrow", "2026-06-11T09:00:00Z")];
    const figures = backlogReport(facts, {
      period: reportPeriod("2026-06-01", "2026-06-30", "UTC"),
      now,
      filter: {},
    });
    expect(figures.at(-1)?.conversationIds).toEqual(["today"]);
  });
});
