import { describe, expect, it } from "vitest";
import { commentPostOf, editsOf, receiptOf, removalOf, visibilityOf } from "./social-metadata.ts";

const message = (metadata: unknown) => ({ kind: "message" as const, metadata });
const at = "2026-03-02T10:05:00.000Z";
const later = "2026-03-02T10:09:00.000Z";

describe("social item metadata in the console", () => {
  it("reads a customer's edits with their history, and nothing for an unedited item", () => {
    const edited = message({ edits: [{ text: "App down", until: at }], editedAt: at });
    expect(editsOf(edited)?.edits.map((edit) => edit.text)).toEqual(["App down"]);
    expect(editsOf(message({ edits: [] }))).toBeNull();
  });

  it("tells a customer's deletion from a moderator's removal and a purge", () => {
    expect(removalOf(message({ removed: { at, by: "moderator", purged: false } }))).toMatchObject({
      by: "moderator",
    });
    expect(removalOf(message({}))).toBeNull();
  });

  it("prefers read over delivered, each with its time, and knows public from private", () => {
    expect(receiptOf(message({ delivery: "read", readAt: later, deliveredAt: at }))).toEqual({
      state: "read",
      at: later,
    });
    expect(receiptOf(message({ delivery: "delivered", deliveredAt: at }))).toEqual({
      state: "delivered",
      at,
    });
    expect(receiptOf(message({ delivery: "sent" }))).toBeNull();
    expect(visibilityOf(message({ visibility: "private" }))).toBe("private");
    expect(visibilityOf({ kind: "note", metadata: { visibility: "public" } })).toBeNull();
  });

  it("finds the post a comment thread belongs to, offering only an http(s) link", () => {
    const postId = "104_555";
    expect(
      commentPostOf([message({}), message({ context: { postId, permalink: "javascript:alert(1)" } })]),
    ).toEqual({ postId, permalink: null, excerpt: null });
    expect(
      commentPostOf([
        message({
          context: { postId, permalink: "https://www.facebook.com/104/posts/555", excerpt: "Neue App" },
        }),
      ]),
    ).toEqual({ postId, permalink: "https://www.facebook.com/104/posts/555", excerpt: "Neue App" });
  });
});
