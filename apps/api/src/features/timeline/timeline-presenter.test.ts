import { describe, expect, it } from "vitest";
import { presentTimelineItem, type TimelineItemRow } from "./timeline-presenter.ts";

const row = (overrides: Partial<TimelineItemRow>): TimelineItemRow => ({
  id: "00000000-0000-4000-8000-000000000001",
  conversation_id: null,
  channel: "phone",
  kind: "call",
  direction: "outbound",
  position: "2026-11-20T10:00:00.000000Z",
  author_name: null,
  author_user_id: null,
  subject: null,
  body_text: "",
  body_html: null,
  metadata: {},
  inbound_event_id: "00000000-0000-4000-8000-000000000002",
  conversation_subject: null,
  ...overrides,
});

describe("timeline item author", () => {
  it("names the agent who placed an outbound call, as the phone system named them", () => {
    const call = { status: "completed", from: "+4930901820", to: "+4917612345678" };
    expect(presentTimelineItem(row({ metadata: { agent: "Christopher Miller", call } })).author).toEqual({
      type: "agent",
      name: "Christopher Miller",
    });
    expect(
      presentTimelineItem(row({ metadata: { call: { ...call, answeredBy: "anna@bank.example" } } })).author,
    ).toEqual({ type: "agent", name: "anna@bank.example" });
  });

  it("falls back to our channel only when nobody is named", () => {
    expect(presentTimelineItem(row({ metadata: { agent: 42 } })).author).toEqual({
      type: "channel",
      name: null,
    });
  });

  it("keeps the Emma user who wrote an item, and the customer of an inbound one", () => {
    expect(presentTimelineItem(row({ author_user_id: "u1", author_name: "Anna" })).author).toEqual({
      type: "user",
      id: "u1",
      name: "Anna",
    });
    expect(presentTimelineItem(row({ direction: "inbound", metadata: { agent: "201" } })).author).toEqual({
      type: "customer",
      name: null,
    });
  });
});
