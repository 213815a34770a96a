import { describe, expect, it } from "vitest";
import { commentChange } from "./simulator/webhook-events.ts";
import { PAGE_ID, parse } from "./test-setup.ts";

const postId = `${PAGE_ID}_555000111`;
const anna = { id: "7000000000000001", name: "Anna Berg" };
const created = Math.floor(Date.parse("2025-03-10T09:00:00Z") / 1000);
const entryTime = Date.parse("2025-03-10T10:00:00Z");

describe("Page comments", () => {
  it("a top-level comment starts a conversation that shows the post it belongs to", () => {
    const [message] = parse({
      changes: [
        commentChange({
          postId,
          commentId: "555000111_901",
          from: anna,
          message: "Why is the app down?",
          createdTime: created,
        }),
      ],
    });
    expect(message).toMatchObject({
      channel: "facebook",
      externalId: "555000111_901",
      threadKey: "comment:555000111_901",
      direction: "inbound",
      publicThread: true,
      occurredAt: new Date(created * 1000),
      author: { name: "Anna Berg", identities: [{ kind: "facebook", value: anna.id, display: "Anna Berg" }] },
      text: "Why is the app down?",
      metadata: {
        source: "comment",
        postId,
        postPermalink: `https://www.facebook.com/${PAGE_ID}/posts/555000111`,
        commentedAt: "2025-03-10T09:00:00.000Z",
      },
    });
    expect(message?.threading).toBeUndefined();
  });

  it("a reply (parent_id = a comment) joins the conversation of the comment it answers", () => {
    const [reply] = parse({
      changes: [
        commentChange({
          postId,
          commentId: "555000111_902",
          parentId: "555000111_901",
          from: { id: "7000000000000002" },
          message: "Same here",
        }),
      ],
    });
    expect(reply).toMatchObject({
      threadKey: "comment:555000111_901",
      threading: { referencedIds: ["555000111_901"] },
      metadata: { parentCommentId: "555000111_901" },
    });
  });

  it("the Page's own comment is an outbound item", () => {
    const [own] = parse({
      changes: [
        commentChange({
          postId,
          commentId: "555000111_903",
          parentId: "555000111_901",
          from: { id: PAGE_ID, name: "Bank" },
          message: "We are on it",
        }),
      ],
    });
    expect(own).toMatchObject({
      direction: "outbound",
      threadKey: "comment:555000111_901",
      author: { identities: [] },
    });
  });

  it("an edited comment is an edit of the item, a removed one a deletion that keeps it", () => {
    const [edited, removed, moderated] = parse({
      time: entryTime,
      changes: [
        commentChange({
          postId,
          commentId: "555000111_901",
          from: anna,
          message: "Why is the app down again?",
          verb: "edited",
          createdTime: created,
        }),
        commentChange({
          postId,
          commentId: "555000111_902",
          parentId: "555000111_901",
          from: { id: "7000000000000002" },
          verb: "remove",
        }),
        commentChange({ postId, commentId: "555000111_904", from: { id: PAGE_ID }, verb: "remove" }),
      ],
    });
    expect(edited).toMatchObject({
      externalId: "555000111_901",
      text: "Why is the app down again?",
      change: { type: "edit", editedAt: new Date(entryTime) },
    });
    expect(removed).toMatchObject({
      externalId: "555000111_902",
      change: { type: "delete", by: "author", purge: false, deletedAt: new Date(entryTime) },
    });
    expect(moderated).toMatchObject({ change: { type: "delete", by: "moderator" } });
  });

  it("a photo comment brings its photo to fetch; other feed items and verbs bring nothing", () => {
    const photo = commentChange({
      postId,
      commentId: "555000111_905",
      from: anna,
      photo: "https://scontent.xx.fbcdn.net/v/p.jpg?oe=67A1B2C3",
    });
    const hidden = commentChange({ postId, commentId: "555000111_906", from: anna, message: "x" });
    hidden.value.verb = "hide";
    const reaction = {
      field: "feed" as const,
      value: { item: "reaction", verb: "add", post_id: postId, reaction_type: "like" },
    };
    const messages = parse({ changes: [photo, hidden, reaction] });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.attachments).toEqual([
      {
        filename: "photo.jpg",
        contentType: "image/jpeg",
        size: 0,
        url: "https://scontent.xx.fbcdn.net/v/p.jpg?oe=67A1B2C3",
      },
    ]);
  });
});
