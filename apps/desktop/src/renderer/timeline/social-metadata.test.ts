import { describe, expect, it } from "vitest";
import { commentPostOf, editsOf, receiptOf, removalOf, visibilityOf } from "./social-metadata.ts";

describe("social item metadata in the console", () => {
  it("reads a customer's edits with their history, and nothing for an unedited item", () => {
    const metadata = {
      edits: [{ text: "App down", until: "2026-03-02T10:05:00.000Z" }],
      editedAt: "2026-03-02T10:05:00.000Z",
    };
    expect(editsOf(metadata)?.edits.map((edit) => edit.text)).toEqual(["App down"]);
    expect(editsOf({ edits: [] })).toBeNull();
  });

  it("tells a customer's deletion from a moderator's removal and a purge", () => {
    expect(
      removalOf({ removed: { at: "2026-03-02T10:00:00Z", by: "moderator", purged: false } }),
    ).toMatchObject({
      by: "moderator",
    });
    expect(removalOf({ removed: { by: "author" } })).toBeNull();
  });

  it("prefers read over delivered, each with its time", () => {
    expect(receiptOf({ delivery: "read", readAt: "t2", deliveredAt: "t1" })).toEqual({
      state: "read",
      at: "t2",
    });
    expect(receiptOf({ delivery: "delivered", deliveredAt: "t1" })).toEqual({ state: "delivered", at: "t1" });
    expect(receiptOf({ delivery: "sent" })).toBeNull();
    expect(visibilityOf({ visibility: "private" })).toBe("private");
    expect(visibilityOf({ visibility: "secret" })).toBeNull();
  });

  it("finds the post a comment thread belongs to, offering only an http(s) link", () => {
    const post = "104_555";
    expect(
      commentPostOf([
        { metadata: {} },
        { metadata: { source: "comment", postId: post, postPermalink: "javascript:alert(1)" } },
      ]),
    ).toEqual({ postId: post, permalink: null });
    expect(
      commentPostOf([
        {
          metadata: {
            source: "comment",
            postId: post,
            postPermalink: "https://www.facebook.com/104/posts/555",
          },
        },
      ]),
    ).toEqual({ postId: post, permalink: "https://www.facebook.com/104/posts/555" });
  });
});
