import { describe, expect, it } from "vitest";
import {
  applyPresence,
  colleaguesIn,
  pruneExpired,
  PRESENCE_TTL_MS,
  TYPING_TTL_MS,
} from "./presence-model.ts";

const conversationId = "c1";
const anna = { conversationId, userId: "anna", displayName: "Anna Albrecht" };
const nina = { conversationId, userId: "nina", displayName: "Nina Krause" };

describe("presence", () => {
  it("shows colleagues viewing and typing, typists first, never yourself", () => {
    let entries = applyPresence({}, { ...nina, state: "viewing", composer: null }, 0);
    entries = applyPresence(entries, { ...anna, state: "typing", composer: "reply" }, 0);
    expect(colleaguesIn(entries, conversationId, "me", 1000)).toEqual([
      { userId: "anna", displayName: "Anna Albrecht", activity: "typing-reply" },
      { userId: "nina", displayName: "Nina Krause", activity: "viewing" },
    ]);
    expect(colleaguesIn(entries, conversationId, "nina", 1000).map((c) => c.userId)).toEqual(["anna"]);
    expect(colleaguesIn(entries, "other", "me", 1000)).toEqual([]);
  });

  it("fades typing to viewing, and viewing to nothing without heartbeats", () => {
    const entries = applyPresence({}, { ...anna, state: "typing", composer: "note" }, 0);
    expect(colleaguesIn(entries, conversationId, null, 1)[0]?.activity).toBe("typing-note");
    expect(colleaguesIn(entries, conversationId, null, TYPING_TTL_MS + 1)[0]?.activity).toBe("viewing");
    expect(colleaguesIn(entries, conversationId, null, PRESENCE_TTL_MS + 1)).toEqual([]);
    expect(pruneExpired(entries, PRESENCE_TTL_MS + 1)).toEqual({});
    expect(pruneExpired(entries, 5)).toBe(entries);
  });

  it("forgets a colleague who left at once", () => {
    const entries = applyPresence({}, { ...anna, state: "viewing", composer: null }, 0);
    expect(applyPresence(entries, { ...anna, state: "left", composer: null }, 10)).toEqual({});
  });
});
