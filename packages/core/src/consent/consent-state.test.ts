import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "./consent-record.ts";
import { decidingRecord, mayContact } from "./consent-state.ts";

let next = 0;
function record(fields: Partial<ConsentRecord> & Pick<ConsentRecord, "at">): ConsentRecord {
  next += 1;
  return {
    id: `r${String(next)}`,
    channel: null,
    purpose: "service",
    state: "granted",
    how: "agent",
    recordedBy: null,
    note: null,
    ...fields,
  };
}

describe("mayContact", () => {
  it("allows service and refuses marketing when nothing is recorded", () => {
    expect(mayContact([], "email", "service")).toBe(true);
    expect(mayContact([], "email", "marketing")).toBe(false);
  });

  it("follows the latest record for the channel and purpose", () => {
    const records = [
      record({ channel: "email", state: "withdrawn", at: "2026-12-01T10:00:00Z" }),
      record({ channel: "email", state: "granted", at: "2026-12-02T10:00:00Z" }),
    ];
    expect(mayContact(records, "email", "service")).toBe(true);
    expect(mayContact(records.slice(0, 1), "email", "service")).toBe(false);
  });

  it("keeps a withdrawal on one channel from other channels and purposes", () => {
    const records = [record({ channel: "email", state: "withdrawn", at: "2026-12-01T10:00:00Z" })];
    expect(mayContact(records, "phone", "service")).toBe(true);
    expect(
      mayContact(
        [record({ channel: null, purpose: "marketing", at: "2026-12-01T10:00:00Z" }), ...records],
        "email",
        "marketing",
      ),
    ).toBe(true);
  });

  it("lets a later all-channels withdrawal stop a channel granted before", () => {
    const records = [
      record({ channel: "email", state: "granted", at: "2026-12-01T10:00:00Z" }),
      record({ channel: null, state: "withdrawn", at: "2026-12-02T10:00:00Z" }),
    ];
    expect(mayContact(records, "email", "service")).toBe(false);
    expect(mayContact(records, "facebook", "service")).toBe(false);
  });

  it("lets a later grant on one channel open that channel only", () => {
    const records = [
      record({ channel: null, purpose: "marketing", state: "withdrawn", at: "2026-12-01T10:00:00Z" }),
      record({ channel: "email", purpose: "marketing", state: "granted", at: "2026-12-02T10:00:00Z" }),
    ];
    expect(mayContact(records, "email", "marketing")).toBe(true);
    expect(mayContact(records, "phone", "marketing")).toBe(false);
  });

  it("prefers the channel's own record over an all-channels record of the same instant", () => {
    const at = "2026-12-01T10:00:00Z";
    const channelOwn = record({ channel: "email", state: "granted", at });
    const everywhere = record({ channel: null, state: "withdrawn", at });
    expect(decidingRecord([channelOwn, everywhere], "email", "service")).toBe(channelOwn);
    expect(decidingRecord([everywhere, channelOwn], "email", "service")).toBe(channelOwn);
  });

  it("compares instants, not the way the time was written", () => {
    const earlier = record({ channel: "email", state: "granted", at: "2026-12-01T11:00:00+02:00" });
    const later = record({ channel: "email", state: "withdrawn", at: "2026-12-01T09:30:00Z" });
    expect(mayContact([later, earlier], "email", "service")).toBe(false);
  });
});
