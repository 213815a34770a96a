import { describe, expect, it } from "vitest";
import { isHelpfulMarkByOther } from "./helpful-mark.ts";
import { inboundMessageSchema } from "./inbound-message.ts";

const mark = (how: "accepted" | "helpful", userId?: string) =>
  inboundMessageSchema.parse({
    channel: "forum",
    kind: "forum_post",
    externalId: "post:1001",
    threadKey: "topic:100",
    occurredAt: "2026-12-01T10:00:00Z",
    direction: "inbound",
    author: {
      identities: userId ? [{ kind: "forum", value: userId, site: "https://Community.Example.de/" }] : [],
    },
    text: "",
    change: { type: "solution", accepted: true, how, at: "2026-12-01T10:00:00Z" },
  });
const asker = { kind: "forum" as const, value: "community.example.de:7" };

describe("isHelpfulMarkByOther", () => {
  it("counts the asker's like and refuses another member's, whatever way the site is written", () => {
    expect(isHelpfulMarkByOther(mark("helpful", "7"), asker, "DE")).toBe(false);
    expect(isHelpfulMarkByOther(mark("helpful", "8"), asker, "DE")).toBe(true);
  });

  it("leaves accepted answers and marks that name nobody alone, and refuses a like in a thread without an asker", () => {
    expect(isHelpfulMarkByOther(mark("accepted", "8"), asker, "DE")).toBe(false);
    expect(isHelpfulMarkByOther(mark("helpful"), asker, "DE")).toBe(false);
    expect(isHelpfulMarkByOther(mark("helpful", "7"), null, "DE")).toBe(true);
  });
});
