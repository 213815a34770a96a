import { describe, expect, it } from "vitest";
import type { TimelineKind } from "../../channel/channel.ts";
import type { MessageMetadata } from "./message-metadata.ts";
import { ITEM_METADATA_SCHEMAS, parseItemMetadata, readItemMetadata } from "./item-metadata.ts";

const mergeId = "00000000-0000-4000-8000-000000000001";
const absorbedId = "00000000-0000-4000-8000-000000000002";

describe("timeline item metadata by kind", () => {
  it("keeps a provider's own facts beside Emma's on a message", () => {
    const written = parseItemMetadata("message", {
      delivery: "sent",
      deliveryError: null,
      visibility: "private",
      messageId: "<abc@mail.example>",
    });
    expect(written).toEqual({
      delivery: "sent",
      deliveryError: null,
      visibility: "private",
      messageId: "<abc@mail.example>",
    });
  });

  it("keeps an edited, removed Page comment's history and its post", () => {
    const metadata: MessageMetadata = {
      edits: [{ text: "Frist?", until: "2025-03-01T10:00:00.000Z" }],
      editedAt: "2025-03-01T10:00:00.000Z",
      removed: { at: "2025-03-01T11:00:00+00:00", by: "moderator", purged: false },
      context: { postId: "123_456", permalink: "https://www.facebook.com/123/posts/456", excerpt: "Neu:" },
    };
    expect(parseItemMetadata("message", metadata)).toEqual(metadata);
  });

  it("refuses to write a fact of the wrong shape", () => {
    // As a caller without types would hand them over (a jsonb merge, another package).
    const wrong: [TimelineKind, unknown][] = [
      ["message", { delivery: "lost" }],
      ["status_change", { from: "open", to: "archived" }],
      ["merge", { mergeId, absorbedId }],
      ["call", { call: { status: "ringing" } }],
    ];
    for (const [kind, metadata] of wrong) {
      expect(ITEM_METADATA_SCHEMAS[kind].safeParse(metadata).success, kind).toBe(false);
    }
  });

  it("reads what it can of an item from another version and leaves out the rest", () => {
    const read = readItemMetadata("message", {
      delivery: "sent",
      attachments: "not a list",
      removed: { at: "yesterday" },
      messageId: "<abc@mail.example>",
    });
    expect(read).toEqual({ delivery: "sent", messageId: "<abc@mail.example>" });
  });

  it("reads nothing, without failing, from metadata that is no object", () => {
    expect(readItemMetadata("status_change", null)).toEqual({});
    expect(readItemMetadata("call", ["x"])).toEqual({});
  });

  it("reads a call's data and a merge's name by kind", () => {
    const call = { status: "completed", from: "+4930123", to: "+4930999", durationSeconds: 42 };
    expect(readItemMetadata("call", { call, sourceEventIds: [mergeId] })).toEqual({
      call,
      sourceEventIds: [mergeId],
    });
    expect(readItemMetadata("unmerge", { mergeId, absorbedId, absorbedName: "Jana" })).toEqual({
      mergeId,
      absorbedId,
      absorbedName: "Jana",
    });
  });
});
