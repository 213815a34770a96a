import { FILE_FETCH_FAILURES } from "@emma/core";
import { describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { attachmentsOf, callOf, simulatedDelivery, statusChangeOf } from "./item-metadata.ts";

const link = "https://cdn.fbsbx.example/v/t1/photo.jpg?oh=token";
const at = "2026-03-02T10:00:00.000Z";

describe("an item's attachments in the console", () => {
  it("offers a mail part and a kept file for download, with their sizes", () => {
    const listed = attachmentsOf({
      kind: "message",
      metadata: {
        attachments: [
          { filename: "Vertrag.pdf", contentType: "application/pdf", size: 2048 },
          {
            filename: "photo.jpg",
            contentType: "image/jpeg",
            size: 5120,
            url: link,
            sha256: "a".repeat(64),
            fetch: { state: "kept", at },
          },
        ],
      },
    });
    expect(listed).toEqual([
      { index: 0, filename: "Vertrag.pdf", size: 2048, availability: { kind: "available" } },
      { index: 1, filename: "photo.jpg", size: 5120, availability: { kind: "available" } },
    ]);
  });

  it("shows a link still being fetched without the provider's guessed size, and a lost one with its reason", () => {
    const failure = {
      state: "failed",
      at,
      reason: "expired",
      httpStatus: 403,
      message: "The link had expired when Emma fetched it (HTTP 403)",
    } as const;
    const listed = attachmentsOf({
      kind: "message",
      metadata: {
        attachments: [
          { filename: "video.mp4", contentType: "video", size: 0, url: link },
          { filename: "old.jpg", contentType: "image", size: 0, url: link, fetch: failure },
        ],
      },
    });
    expect(listed).toEqual([
      { index: 0, filename: "video.mp4", size: undefined, availability: { kind: "pending" } },
      { index: 1, filename: "old.jpg", size: undefined, availability: { kind: "failed", failure } },
    ]);
  });

  it("skips an entry it cannot read but keeps the others' download numbers", () => {
    const listed = attachmentsOf({
      kind: "message",
      metadata: { attachments: [{ nonsense: true }, { filename: "b.txt", size: 3 }] },
    });
    expect(listed.map((file) => [file.index, file.filename])).toEqual([[1, "b.txt"]]);
  });

  it("has words for every reason a file can be lost, in German and English", () => {
    for (const reason of FILE_FETCH_FAILURES) {
      expect(de.timeline.fileFailed[reason]).toMatch(/\w/);
      expect(en.timeline.fileFailed[reason]).toMatch(/\w/);
    }
  });
});

describe("reading an item's metadata in the console", () => {
  it("shows the attachments of a mail whose other facts come from a newer version", () => {
    const file = { filename: "Kontoauszug.pdf", contentType: "application/pdf", size: 2048 };
    const item = { kind: "message" as const, metadata: { attachments: [file], delivery: "bounced-twice" } };
    expect(attachmentsOf(item).map((listed) => listed.filename)).toEqual(["Kontoauszug.pdf"]);
  });

  it("shows a call's data only on calls and voicemails", () => {
    const call = { status: "no-answer", from: "+4930123", to: "+4930999" };
    expect(callOf({ kind: "voicemail", metadata: { call } })).toEqual(call);
    expect(callOf({ kind: "message", metadata: { call } })).toBeNull();
  });

  it("falls back to the plain kind for a status change it cannot read", () => {
    expect(statusChangeOf({ kind: "status_change", metadata: { from: "open", to: "archived" } })).toBeNull();
    expect(statusChangeOf({ kind: "status_change", metadata: { from: "snoozed", to: "open" } })).toEqual({
      from: "snoozed",
      to: "open",
      snoozedUntil: undefined,
      reason: undefined,
    });
  });

  it("calls a demo reply simulated only when the connector said so", () => {
    expect(simulatedDelivery({ kind: "message", metadata: { deliveryFacts: { simulated: true } } })).toBe(
      true,
    );
    expect(simulatedDelivery({ kind: "message", metadata: { deliveryFacts: { simulated: "yes" } } })).toBe(
      false,
    );
  });
});
