import { describe, expect, it } from "vitest";
import { communityReport } from "./community-report.ts";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import { reportPeriod } from "./report-period.ts";

describe("questions the community solved", () => {
  it("splits questions solved within the period by who wrote the answer", () => {
    const solved = (at: string, solvedByCommunity: boolean) => ({
      channel: "forum" as const,
      solvedAt: new Date(at),
      solvedByCommunity,
    });
    const facts = [
      fact("by-customer", "2026-05-20T08:00:00Z", solved("2026-06-02T08:00:00Z", true)),
      fact("by-agent", "2026-06-01T08:00:00Z", solved("2026-06-03T08:00:00Z", false)),
      fact("open", "2026-06-01T08:00:00Z", { channel: "forum" }),
      fact("solved-in-july", "2026-06-01T08:00:00Z", solved("2026-07-01T00:00:00Z", true)),
    ];
    const figures = communityReport(facts, {
      period: reportPeriod("2026-06-01", "2026-06-30", "UTC"),
      filter: {},
    });
    expect(figures.map((f) => [f.key, f.value, f.conversationIds])).toEqual([
      ["community|solvedByCommunity", 1, ["by-customer"]],
      ["community|solvedByStaff", 1, ["by-agent"]],
      ["community|share", 0.5, ["by-customer"]],
    ]);
  });
});
