import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/router-types.ts";
import { timelineRows } from "./timeline-rows.ts";

function item(id: string, conversationId: string | null): TimelineItem {
  return {
    id,
    conversationId,
    conversationSubject: null,
    channel: "email",
    kind: "message",
    direction: "inbound",
    occurredAt: "2025-01-01T00:00:00.000Z",
    author: { type: "customer", name: null },
    subject: null,
    text: "",
    html: null,
    metadata: {},
    source: { type: "user-action" },
  };
}

describe("timelineRows", () => {
  it("marks each change of conversation and ends with the first contact", () => {
    const rows = timelineRows(
      [item("1", "a"), item("2", "a"), item("3", "b"), item("4", null), item("5", "b")],
      false,
    );
    expect(rows.map((row) => row.type)).toEqual([
      "boundary",
      "item",
      "item",
      "boundary",
      "item",
      "item",
      "boundary",
      "item",
      "end",
    ]);
  });

  it("ends with a loader while older pages exist", () => {
    expect(timelineRows([], true).map((row) => row.type)).toEqual(["loader"]);
  });
});
