import { describe, expect, it } from "vitest";
import { replyRefusal, replyRules, type ReplyRulesInput } from "./reply-rules.ts";

const now = new Date("2025-03-10T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
const input = (over: Partial<ReplyRulesInput>): ReplyRulesInput => ({
  channel: "facebook",
  publicThread: false,
  lastInboundAt: hoursAgo(1),
  now,
  viaMeta: true,
  humanAgentEnabled: false,
  ...over,
});

describe("reply rules", () => {
  it("offers public and private answers only in public threads on Facebook and X, public first", () => {
    for (const channel of ["facebook", "twitter"] as const) {
      const rules = replyRules(input({ channel, publicThread: true }));
      expect(rules.visibilities).toEqual(["public", "private"]);
      expect(rules.defaultVisibility).toBe("public");
    }
    expect(replyRules(input({ channel: "twitter" })).visibilities).toEqual([]);
    expect(replyRules(input({ channel: "email" })).options).toEqual([
      { visibility: null, length: null, window: { kind: "none" } },
    ]);
  });

  it("counts an X public reply by X's weighting up to 280, a DM and Messenger by characters", () => {
    const mention = replyRules(input({ channel: "twitter", publicThread: true }));
    expect(mention.options.map((o) => o.length)).toEqual([
      { count: "x-weighted", limit: 280 },
      { count: "characters", limit: 10_000 },
    ]);
    // 150 emoji are 150 characters but 300 by X's count: too long in public, fine by DM.
    const emoji = "😀".repeat(150);
    expect(replyRefusal(mention, "twitter", { text: emoji, visibility: "public" })).toMatchObject({
      kind: "too-long",
      actual: 300,
    });
    expect(replyRefusal(mention, "twitter", { text: emoji, visibility: "private" })).toBeNull();
    const messenger = replyRules(input({}));
    expect(replyRefusal(messenger, "facebook", { text: "a".repeat(2001) })).toMatchObject({
      kind: "too-long",
      length: { count: "characters", limit: 2000 },
    });
  });

  it("keeps Messenger's window: open 24 hours, 7 days with the human agent tag, then closed since when", () => {
    expect(replyRules(input({ lastInboundAt: hoursAgo(2) })).options[0]?.window).toEqual({
      kind: "response",
      closesAt: new Date("2025-03-11T10:00:00Z"),
    });
    const tagged = replyRules(input({ lastInboundAt: hoursAgo(48), humanAgentEnabled: true }));
    expect(tagged.options[0]?.window).toEqual({
      kind: "human_agent",
      closesAt: new Date("2025-03-15T12:00:00Z"),
    });
    const closed = replyRules(input({ lastInboundAt: hoursAgo(48) }));
    expect(replyRefusal(closed, "facebook", { text: "Hallo" })).toEqual({
      kind: "window-closed",
      window: {
        kind: "closed",
        rule: "messenger",
        since: new Date("2025-03-09T12:00:00Z"),
        humanAgentEnabled: false,
      },
    });
  });

  it("lets a comment be answered in public at any time, privately only within 7 days of it", () => {
    const old = replyRules(input({ publicThread: true, lastInboundAt: hoursAgo(8 * 24) }));
    expect(replyRefusal(old, "facebook", { text: "Danke", visibility: "public" })).toBeNull();
    expect(replyRefusal(old, "facebook", { text: "Danke", visibility: "private" })).toMatchObject({
      kind: "window-closed",
      window: { rule: "private_reply" },
    });
  });

  it("leaves the window to a customer's own integration that bridges a Facebook channel", () => {
    const bridged = replyRules(input({ lastInboundAt: hoursAgo(30 * 24), viaMeta: false }));
    expect(replyRefusal(bridged, "facebook", { text: "Hallo" })).toBeNull();
  });

  it("refuses a visibility the thread does not offer, and any written reply to a phone call", () => {
    const messenger = replyRules(input({}));
    expect(replyRefusal(messenger, "facebook", { text: "Hi", visibility: "public" })).toEqual({
      kind: "visibility-not-offered",
      visibility: "public",
      offered: ["private"],
    });
    expect(replyRefusal(messenger, "facebook", { text: "Hi", visibility: "private" })).toBeNull();
    const phone = replyRules(input({ channel: "phone" }));
    expect(replyRefusal(phone, "phone", { text: "Hi" })).toEqual({ kind: "not-writable", channel: "phone" });
  });

  it("refuses a reply into a closed or deleted forum topic, and says which", () => {
    const forum = (over: Partial<ReplyRulesInput>) =>
      replyRules(input({ channel: "forum", viaMeta: false, publicThread: true, ...over }));
    expect(replyRefusal(forum({}), "forum", { text: "Hallo" })).toBeNull();
    expect(replyRefusal(forum({ threadClosed: true }), "forum", { text: "Hallo" })).toEqual({
      kind: "thread-shut",
      shut: "closed",
    });
    // Deleted outranks closed: recovering the topic at the forum may still leave it closed.
    expect(
      replyRefusal(forum({ threadClosed: true, threadRemoved: true }), "forum", { text: "Hallo" }),
    ).toEqual({ kind: "thread-shut", shut: "removed" });
  });
});
