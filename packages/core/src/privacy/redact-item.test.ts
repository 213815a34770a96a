import { describe, expect, it } from "vitest";
import { ITEM_METADATA_SCHEMAS } from "../contracts/item-metadata/item-metadata.ts";
import { redactItem } from "./redact-item.ts";

const at = new Date("2026-12-04T10:00:00Z");
const person = [
  "Anna Schneider",
  "anna@example.de",
  "+4930123456",
  "Rechnung",
  "IMG_0042.jpg",
  "bounce text",
];

function containsPerson(value: unknown): string[] {
  const text = JSON.stringify(value);
  return person.filter((needle) => text.includes(needle));
}

describe("redactItem", () => {
  it("keeps a message's delivery, receipts and threading but none of its names, addresses or files", () => {
    const stored = {
      delivery: "read",
      readAt: "2026-12-01T09:00:00.000Z",
      threadedBy: "reply-token",
      attachments: [{ filename: "IMG_0042.jpg", contentType: "image/jpeg", size: 1200 }],
      recipients: { to: [{ address: "anna@example.de", name: "Anna Schneider" }], cc: [], bcc: [] },
      messageId: "<x1@example.de>",
      fromAddress: "anna@example.de",
      automated: {
        kind: "bounce",
        signals: ["Subject: Rechnung"],
        failedMessageIds: [],
        diagnostic: "bounce text",
      },
    };
    const redacted = redactItem("message", stored, { at, cause: "erasure" });

    expect(redacted).toMatchObject({ subject: null, bodyText: "", bodyHtml: null, authorName: null });
    expect(redacted.metadata).toMatchObject({
      delivery: "read",
      readAt: "2026-12-01T09:00:00.000Z",
      threadedBy: "reply-token",
      automated: { kind: "bounce" },
      redacted: { at: at.toISOString(), cause: "erasure", attachments: 1 },
    });
    expect(containsPerson(redacted)).toEqual([]);
    expect(Object.keys(redacted.metadata)).not.toContain("messageId");
    expect(ITEM_METADATA_SCHEMAS.message.safeParse(redacted.metadata).success).toBe(true);
  });

  it("keeps a call's status, talk time and agent for the reports, not the numbers, recording or transcript", () => {
    const stored = {
      call: {
        status: "completed",
        from: "+4930123456",
        to: "+4930999",
        durationSeconds: 312,
        answeredBy: "Ext 12",
        recordingUrl: "https://api.twilio.test/rec/RE1",
        transcript: "Anna Schneider wegen der Rechnung",
      },
    };
    const redacted = redactItem("call", stored, { at, cause: "retention" });

    expect(redacted.metadata).toMatchObject({
      call: { status: "completed", from: "", to: "", durationSeconds: 312, answeredBy: "Ext 12" },
      redacted: { cause: "retention", attachments: 0 },
    });
    expect(JSON.stringify(redacted)).not.toContain("twilio");
    expect(containsPerson(redacted)).toEqual([]);
    expect(ITEM_METADATA_SCHEMAS.call.safeParse(redacted.metadata).success).toBe(true);
  });

  it("keeps a forum post's place in its topic and the accepted answer, not the link or who accepted it", () => {
    const stored = {
      topicId: 7,
      postNumber: 3,
      replyToPostNumber: 1,
      url: "https://forum.example/t/anna-schneider-rechnung/7/3",
      solution: { how: "accepted", at: "2026-11-30T08:00:00.000Z", by: "Anna Schneider" },
    };
    const redacted = redactItem("forum_post", stored, { at, cause: "erasure" });

    expect(redacted.metadata).toMatchObject({
      topicId: 7,
      postNumber: 3,
      replyToPostNumber: 1,
      solution: { how: "accepted", at: "2026-11-30T08:00:00.000Z" },
    });
    expect(containsPerson(redacted)).toEqual([]);
  });

  it("forgets the names a merge or an attached caller recorded, and keeps status changes whole", () => {
    const merge = redactItem(
      "merge",
      {
        mergeId: "00000000-0000-4000-8000-000000000001",
        absorbedId: "00000000-0000-4000-8000-000000000002",
        absorbedName: "Anna Schneider",
      },
      { at, cause: "erasure" },
    );
    expect(containsPerson(merge)).toEqual([]);
    expect(ITEM_METADATA_SCHEMAS.merge.safeParse(merge.metadata).success).toBe(true);

    const attached = redactItem(
      "caller_attached",
      { customerName: "Anna Schneider", movedItemIds: [] },
      { at, cause: "erasure" },
    );
    expect(containsPerson(attached)).toEqual([]);

    const note = redactItem("note", {}, { at, cause: "erasure" });
    expect(note.metadata).toEqual({ redacted: { at: at.toISOString(), cause: "erasure", attachments: 0 } });
    expect(ITEM_METADATA_SCHEMAS.note.safeParse(note.metadata).success).toBe(true);

    const status = { from: "open", to: "resolved" };
    expect(redactItem("status_change", status, { at, cause: "erasure" }).metadata).toEqual(status);
  });
});
