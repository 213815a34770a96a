import { describe, expect, it } from "vitest";
import { consentRecordInputSchema } from "./consents.ts";

const recorded = {
  customerId: "00000000-0000-4000-8000-000000000001",
  channel: "email",
  purpose: "service",
  state: "withdrawn",
};

describe("recording consent (consents.record's input)", () => {
  it("takes what a person heard the customer say", () => {
    expect(consentRecordInputSchema.safeParse({ ...recorded, how: "agent" }).success).toBe(true);
  });

  it("refuses a way of recording that only Emma itself uses", () => {
    // A keyword withdrawal is the customer's own message, recorded by ingest, never typed in.
    expect(consentRecordInputSchema.safeParse({ ...recorded, how: "customer-keyword" }).success).toBe(false);
  });
});
