import { describe, expect, it } from "vitest";
import { matchShortcut } from "./match-shortcut.ts";
import { SHORTCUTS, SHORTCUT_GROUPS, type ShortcutGroup } from "./shortcut-registry.ts";

const everywhere = new Set<ShortcutGroup>(SHORTCUT_GROUPS);
const noConversation = new Set<ShortcutGroup>(["global", "list"]);

describe("matchShortcut", () => {
  it("finds single keys and two-key sequences", () => {
    expect(matchShortcut(null, "e", everywhere)).toMatchObject({ kind: "match", id: "resolve" });
    expect(matchShortcut(null, "g", everywhere)).toEqual({ kind: "prefix", prefix: "g" });
    expect(matchShortcut("g", "m", everywhere)).toMatchObject({ kind: "match", id: "queueMine" });
    expect(matchShortcut(null, "m", everywhere)).toMatchObject({ kind: "match", id: "macros" });
    expect(matchShortcut("g", "q", everywhere)).toEqual({ kind: "none" });
  });

  it("opens a section with g and the section's letter", () => {
    expect(matchShortcut("g", "i", everywhere)).toMatchObject({ kind: "match", id: "section.inbox" });
    expect(matchShortcut("g", "s", everywhere)).toMatchObject({ kind: "match", id: "section.search" });
  });

  it("leaves a conversation's keys alone while no conversation is open", () => {
    expect(matchShortcut(null, "p", noConversation)).toEqual({ kind: "none" });
    expect(matchShortcut(null, "?", noConversation)).toMatchObject({ kind: "match", id: "help" });
  });

  it("leaves keys handled by their component (j/k, Ctrl+Enter) to them", () => {
    expect(matchShortcut(null, "j", everywhere)).toEqual({ kind: "none" });
  });
});

describe("the shortcut registry", () => {
  const dispatched = SHORTCUTS.filter((shortcut) => shortcut.handledBy === "keys");
  const pressed = dispatched.flatMap((shortcut) => shortcut.keys.map((keys) => ({ id: shortcut.id, keys })));

  it("gives every key one meaning, as all groups can be live at once", () => {
    const keys = SHORTCUTS.flatMap((shortcut) => [...shortcut.keys]);
    const twice = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
    // "/" searches when the agent is not typing and opens canned responses at a line start while
    // writing: never both at once.
    expect(twice).toEqual(["/"]);
  });

  it("starts no single key where a sequence begins, and leaves x and o to the queue list", () => {
    const firsts = new Set(pressed.filter((p) => p.keys.includes(" ")).map((p) => p.keys.split(" ")[0]));
    expect(pressed.filter((p) => firsts.has(p.keys))).toEqual([]);
    expect(pressed.map((p) => p.keys)).not.toContain("x");
    expect(pressed.map((p) => p.keys)).not.toContain("o");
    expect(SHORTCUTS.filter((s) => s.keys.some((k) => k === "x" || k === "o")).map((s) => s.group)).toEqual([
      "list",
      "list",
    ]);
  });
});
