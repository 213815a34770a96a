import { describe, expect, it } from "vitest";
import { layoutJourney, type JourneyConversationFacts } from "./journey-layout.ts";
import { journeyRange } from "./journey-range.ts";

const now = new Date("2026-03-31T12:00:00Z");
const at = (iso: string) => new Date(`2026-03-${iso}Z`);
const range = { from: at("01T00:00:00"), to: at("31T00:00:00") };

function conversation(overrides: Partial<JourneyConversationFacts>): JourneyConversationFacts {
  return {
    id: "c1",
    channel: "email",
    subject: "Karte gesperrt",
    status: "resolved",
    createdAt: at("10T09:00:00"),
    lastMessageAt: at("10T10:00:00"),
    resolvedAt: at("10T11:00:00"),
    waitingSince: null,
    responseTargetMinutes: 60,
    responseDueAt: null,
    items: [],
    ...overrides,
  };
}

describe("layoutJourney", () => {
  it("gives each channel the customer used its own lane, in the channel list's order", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({ id: "call", channel: "phone" }),
        conversation({ id: "mail", channel: "email" }),
        conversation({ id: "post", channel: "facebook" }),
      ],
      range,
      now,
    });
    expect(layout.lanes.map((lane) => lane.channel)).toEqual(["email", "phone", "facebook"]);
  });

  it("draws a resolved conversation up to its resolution and an open one up to now", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({ id: "done" }),
        conversation({ id: "open", status: "open", resolvedAt: null, createdAt: at("20T00:00:00") }),
      ],
      range,
      now,
    });
    const [done, open] = layout.lanes[0]?.bars ?? [];
    expect(done?.end).toEqual(at("10T11:00:00"));
    expect(done?.x0).toBeCloseTo(9.375 / 30);
    expect(open?.ongoing).toBe(true);
    // Now is past the range's end: the bar is clipped there.
    expect(open?.x1).toBe(1);
  });

  it("leaves out conversations wholly outside the range, and a lane nobody used in it", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({
          id: "old",
          channel: "forum",
          createdAt: new Date("2025-01-01T00:00:00Z"),
          resolvedAt: new Date("2025-01-02T00:00:00Z"),
          lastMessageAt: new Date("2025-01-02T00:00:00Z"),
        }),
        conversation({ id: "mail" }),
      ],
      range,
      now,
    });
    expect(layout.lanes.map((lane) => lane.channel)).toEqual(["email"]);
  });

  it("stacks conversations of one channel that overlap in time, and reuses a row once free", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({
          id: "a",
          createdAt: at("02T00:00:00"),
          resolvedAt: at("05T00:00:00"),
          lastMessageAt: at("05T00:00:00"),
        }),
        conversation({
          id: "b",
          createdAt: at("03T00:00:00"),
          resolvedAt: at("04T00:00:00"),
          lastMessageAt: at("03T00:00:00"),
        }),
        conversation({
          id: "c",
          createdAt: at("06T00:00:00"),
          resolvedAt: at("07T00:00:00"),
          lastMessageAt: at("06T00:00:00"),
        }),
      ],
      range,
      now,
    });
    const lane = layout.lanes[0];
    expect(lane?.rows).toBe(2);
    expect(lane?.bars.map((bar) => [bar.conversationId, bar.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
  });

  it("marks a wait longer than the target as a gap, and not one answered in time", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({
          items: [
            { at: at("10T09:00:00"), direction: "inbound", clock: "customer_wrote" },
            { at: at("10T09:30:00"), direction: "outbound", clock: "answered" },
            { at: at("10T10:00:00"), direction: "inbound", clock: "customer_wrote" },
            { at: at("10T10:05:00"), direction: "inbound", clock: "customer_wrote" },
            { at: at("10T10:00:00"), direction: "internal", clock: null },
            { at: at("10T13:00:00"), direction: "outbound", clock: "answered" },
          ],
          resolvedAt: at("10T13:00:00"),
        }),
      ],
      range,
      now,
    });
    const bar = layout.lanes[0]?.bars[0];
    expect(bar?.marks).toHaveLength(6);
    // The second wait ran from the first unanswered message, 10:00, to the answer at 13:00.
    expect(bar?.gaps.map((gap) => [gap.from, gap.to, gap.waitedMs, gap.ongoing])).toEqual([
      [at("10T10:00:00"), at("10T13:00:00"), 3 * 60 * 60_000, false],
    ]);
  });

  it("counts a resolution without an answer as the end of a wait, as the queue does", () => {
    const layout = layoutJourney({
      conversations: [
        conversation({
          items: [
            { at: at("10T09:00:00"), direction: "inbound", clock: "customer_wrote" },
            { at: at("10T09:45:00"), direction: "internal", clock: "settled" },
          ],
        }),
      ],
      range,
      now,
    });
    expect(layout.lanes[0]?.bars[0]?.gaps).toEqual([]);
  });

  it("shows the clock of a conversation the customer waits on now, breached or not", () => {
    const waiting = (waitingSince: Date) =>
      layoutJourney({
        conversations: [
          conversation({
            status: "open",
            resolvedAt: null,
            waitingSince,
            responseTargetMinutes: 120,
            responseDueAt: new Date(waitingSince.getTime() + 120 * 60_000),
          }),
        ],
        range: { from: at("01T00:00:00"), to: now },
        now,
      }).lanes[0]?.bars[0];
    const fresh = waiting(new Date(now.getTime() - 30 * 60_000));
    expect(fresh?.clock).toMatchObject({
      state: "ok",
      dueAt: new Date(now.getTime() + 90 * 60_000),
      x: null,
    });
    expect(fresh?.gaps).toEqual([]);
    const late = waiting(at("31T09:00:00"));
    expect(late?.clock).toMatchObject({ state: "breached", dueAt: at("31T11:00:00") });
    expect(late?.clock?.x).toBeCloseTo(1 - 1 / (30.5 * 24));
    expect(late?.gaps).toMatchObject([{ from: at("31T09:00:00"), to: now, ongoing: true }]);
  });
});

describe("journeyRange", () => {
  it("ends now and reaches back 30 or 90 days, or to the first conversation", () => {
    expect(journeyRange("30d", now, null).from).toEqual(new Date("2026-03-01T12:00:00Z"));
    expect(journeyRange("90d", now, null).from).toEqual(new Date("2025-12-31T12:00:00Z"));
    const first = new Date("2024-05-05T00:00:00Z");
    expect(journeyRange("all", now, first)).toEqual({ from: first, to: now });
  });

  it("spans at least a day when everything began just now", () => {
    expect(journeyRange("all", now, now).from).toEqual(new Date("2026-03-30T12:00:00Z"));
  });
});
