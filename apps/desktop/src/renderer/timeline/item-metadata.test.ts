import { describe, expect, it } from "vitest";
import { attachmentsOf, callOf, simulatedDelivery, statusChangeOf } from "./item-metadata.ts";

const file = { filename: "Kontoauszug.pdf", contentType: "application/pdf", size: 2048 };

describe("reading an item's metadata in the console", () => {
  it("shows the attachments of a mail whose other facts come from a newer version", () => {
    const item = { kind: "message" as const, metadata: { attachments: [file], delivery: "bounced-twice" } };
    expect(attachmentsOf(item)).toEqual([file]);
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
