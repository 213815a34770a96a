import { describe, expect, it } from "vitest";
import type { ReplyRulesView } from "../api/router-types.ts";
import { checkReply, personalDataInPublic } from "./reply-check.ts";

const mention: ReplyRulesView = {
  writable: true,
  visibilities: ["public", "private"],
  defaultVisibility: "public",
  threadShut: null,
  options: [
    { visibility: "public", length: { count: "x-weighted", limit: 280 }, window: { kind: "none" } },
    { visibility: "private", length: { count: "characters", limit: 10_000 }, window: { kind: "none" } },
  ],
};
const closedChat: ReplyRulesView = {
  writable: true,
  visibilities: [],
  defaultVisibility: "private",
  threadShut: null,
  options: [
    {
      visibility: "private",
      length: { count: "characters", limit: 2000 },
      window: {
        kind: "closed",
        rule: "messenger",
        since: "2026-03-01T10:00:00.000Z",
        humanAgentEnabled: false,
      },
    },
  ],
};

describe("the composer's reply check", () => {
  it("counts a public X reply as X does and blocks it past 280, while the same text goes by DM", () => {
    const text = "😀".repeat(141);
    expect(checkReply(mention, "public", text)).toMatchObject({
      length: { actual: 282, limit: 280 },
      tooLong: true,
    });
    expect(checkReply(mention, "private", text).tooLong).toBe(false);
  });

  it("says a closed Messenger window blocks sending", () => {
    expect(checkReply(closedChat, "private", "Hallo").closed).toBe(true);
  });

  it("says a forum topic closed or deleted at the forum blocks sending, and an open one does not", () => {
    const topic = (threadShut: ReplyRulesView["threadShut"]): ReplyRulesView => ({
      ...mention,
      threadShut,
      options: [{ visibility: "public", length: null, window: { kind: "none" } }],
    });
    expect(checkReply(topic("closed"), "public", "Hallo").shut).toBe("closed");
    expect(checkReply(topic("removed"), "public", "Hallo").shut).toBe("removed");
    expect(checkReply(topic(null), "public", "Hallo").shut).toBeNull();
  });

  it("asks before an IBAN goes out in public, never for a private message", () => {
    const text = "Bitte überweisen Sie an DE89 3704 0044 0532 0130 00.";
    expect(personalDataInPublic(mention, "public", text)).toEqual(["iban"]);
    expect(personalDataInPublic(mention, "private", text)).toEqual([]);
    expect(personalDataInPublic(closedChat, "private", text)).toEqual([]);
  });
});
