import { describe, expect, it } from "vitest";
import { applyItemChange, type ItemState } from "./apply-item-change.ts";
import { inboundMessageSchema, type InboundMessageInput } from "./inbound-message.ts";

const original: ItemState = {
  kind: "message",
  occurredAt: new Date("2026-12-01T10:00:00Z"),
  text: "Meine Karte ist gesperrt",
  html: "<p>Meine Karte ist gesperrt</p>",
  metadata: { attachments: [{ filename: "karte.jpg", contentType: "image/jpeg", size: 10 }] },
};

const message = (input: Partial<InboundMessageInput>) =>
  inboundMessageSchema.parse({
    channel: "facebook",
    kind: "message",
    externalId: "m_1",
    threadKey: "messenger:42",
    occurredAt: "2026-12-01T10:00:00Z",
    direction: "inbound",
    author: { identities: [] },
    text: "",
    ...input,
  });

const edit = (text: string, at: string) => message({ text, change: { type: "edit", editedAt: at } });

describe("applyItemChange", () => {
  it("shows the newest text and keeps what it said before for the agent", () => {
    const once = applyItemChange(
      original,
      edit("Meine Karte ist gesperrt, bitte Rückruf", "2026-12-01T10:05:00Z"),
    );
    expect(once.text).toBe("Meine Karte ist gesperrt, bitte Rückruf");
    expect(once.html).toBeNull();
    expect(once.metadata.edits).toEqual([
      { text: "Meine Karte ist gesperrt", until: "2026-12-01T10:05:00.000Z" },
    ]);
    expect(once.metadata.attachments).toEqual(original.metadata.attachments);
  });

  it("settles on the newest edit whatever order the edits arrive in, and a redelivery changes nothing", () => {
    const first = edit("zweite Fassung", "2026-12-01T10:05:00Z");
    const second = edit("dritte Fassung", "2026-12-01T10:09:00Z");
    const inOrder = applyItemChange(applyItemChange(original, first), second);
    const reversed = applyItemChange(applyItemChange(original, second), first);
    expect(inOrder.text).toBe("dritte Fassung");
    expect(reversed.text).toBe("dritte Fassung");
    expect(reversed.metadata.edits).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: "zweite Fassung" })]),
    );
    expect(applyItemChange(inOrder, second)).toBe(inOrder);
  });

  it("marks a removed item and keeps its text, unless the provider's terms say the content must go", () => {
    const removal = (purge: boolean) =>
      message({ change: { type: "delete", deletedAt: "2026-12-01T11:00:00Z", by: "author", purge } });
    const marked = applyItemChange(original, removal(false));
    expect(marked.text).toBe(original.text);
    expect(marked.metadata.removed).toEqual({ at: "2026-12-01T11:00:00.000Z", by: "author", purged: false });
    const purged = applyItemChange(
      applyItemChange(original, edit("neu", "2026-12-01T10:30:00Z")),
      removal(true),
    );
    expect(purged.text).toBe("");
    expect(purged.html).toBeNull();
    expect(purged.metadata).toEqual({
      editedAt: "2026-12-01T10:30:00.000Z",
      removed: { at: "2026-12-01T11:00:00.000Z", by: "author", purged: true },
    });
    expect(applyItemChange(marked, removal(true))).toBe(marked);
  });

  it("merges a call's revisions, and the same revision again changes nothing", () => {
    const ringing: ItemState = {
      kind: "call",
      occurredAt: new Date("2026-12-01T10:00:00Z"),
      text: "",
      html: null,
      metadata: { call: { status: "ringing", from: "+4930123", to: "+4940999" } },
    };
    const completed = message({
      channel: "phone",
      kind: "call",
      call: { status: "completed", from: "+4930123", to: "+4940999", durationSeconds: 95 },
    });
    const after = applyItemChange(ringing, completed);
    expect(after.metadata.call).toMatchObject({ status: "completed", durationSeconds: 95 });
    expect(applyItemChange(after, completed)).toBe(after);
  });

  it("leaves an item alone for a message delivered again", () => {
    expect(applyItemChange(original, message({ text: "Meine Karte ist gesperrt" }))).toBe(original);
  });
  it("shows a recovered post again and keeps that it was removed, but ignores a restore older than the removal", () => {
    const removal = message({
      change: { type: "delete", deletedAt: "2026-12-01T11:00:00Z", by: "moderator", purge: true },
    });
    const restore = (at: string) =>
      message({ text: "Meine Karte ist gesperrt", change: { type: "restore", restoredAt: at } });
    const removed = applyItemChange(original, removal);
    const back = applyItemChange(removed, restore("2026-12-01T12:00:00Z"));
    expect(back.text).toBe("Meine Karte ist gesperrt");
    expect(back.metadata.removed).toBeUndefined();
    expect(back.metadata.restored).toEqual([
      { at: "2026-12-01T11:00:00.000Z", by: "moderator", restoredAt: "2026-12-01T12:00:00.000Z" },
    ]);
    expect(applyItemChange(removed, restore("2026-12-01T10:30:00Z"))).toBe(removed);
    expect(applyItemChange(original, restore("2026-12-01T12:00:00Z"))).toBe(original);
  });

  it("marks the thread's answer, lets the newest decision win, and never lets a like outrank an accepted answer", () => {
    const solution = (accepted: boolean, how: "accepted" | "helpful", at: string) =>
      message({ change: { type: "solution", accepted, how, at, by: "anna" } });
    const accepted = applyItemChange(original, solution(true, "accepted", "2026-12-01T12:00:00Z"));
    expect(accepted.metadata.solution).toEqual({
      how: "accepted",
      at: "2026-12-01T12:00:00.000Z",
      by: "anna",
    });
    expect(applyItemChange(accepted, solution(true, "helpful", "2026-12-01T13:00:00Z"))).toBe(accepted);
    expect(applyItemChange(accepted, solution(false, "helpful", "2026-12-01T13:00:00Z"))).toBe(accepted);
    expect(applyItemChange(accepted, solution(false, "accepted", "2026-12-01T11:00:00Z"))).toBe(accepted);
    const unaccepted = applyItemChange(accepted, solution(false, "accepted", "2026-12-01T14:00:00Z"));
    expect(unaccepted.metadata.solution).toBeUndefined();
    const helpful = applyItemChange(original, solution(true, "helpful", "2026-12-01T12:00:00Z"));
    expect(helpful.metadata.solution).toMatchObject({ how: "helpful" });
    expect(
      applyItemChange(helpful, solution(true, "accepted", "2026-12-01T12:30:00Z")).metadata.solution,
    ).toMatchObject({
      how: "accepted",
    });
  });
});
