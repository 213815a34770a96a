import { describe, expect, it } from "vitest";
import { consentOverview } from "./consent-overview.ts";
import type { ConsentRecord } from "./consent-record.ts";

const withdrawal: ConsentRecord = {
  id: "r1",
  channel: "email",
  purpose: "service",
  state: "withdrawn",
  how: "customer-keyword",
  at: "2026-12-01T10:00:00Z",
  recordedBy: null,
  note: null,
};

describe("consentOverview", () => {
  it("names what decides each channel and purpose, and the defaults where nothing does", () => {
    const cells = consentOverview([withdrawal]);
    const cell = (channel: string, purpose: string) =>
      cells.find((c) => c.channel === channel && c.purpose === purpose);
    expect(cell("email", "service")).toEqual({
      channel: "email",
      purpose: "service",
      allowed: false,
      deciding: withdrawal,
    });
    expect(cell("phone", "service")).toMatchObject({ allowed: true, deciding: null });
    expect(cell("email", "marketing")).toMatchObject({ allowed: false, deciding: null });
    expect(cell("phone", "recording")).toMatchObject({ allowed: false, deciding: null });
  });
});
