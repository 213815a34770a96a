import { describe, expect, it } from "vitest";
import { checkMerge } from "./check-merge.ts";

const anna = { id: "c-a", mergedInto: null };
const duplicate = { id: "c-b", mergedInto: null };
const mergedAway = { id: "c-c", mergedInto: "c-a" };

describe("checkMerge", () => {
  it("allows two active customers", () => {
    expect(checkMerge({ survivor: anna, absorbed: duplicate })).toBeNull();
  });

  it("refuses a customer merged into itself", () => {
    expect(checkMerge({ survivor: anna, absorbed: anna })).toEqual({
      code: "same-customer",
      message: "A customer cannot be merged into itself",
    });
  });

  it("refuses when either customer is unknown", () => {
    expect(checkMerge({ absorbed: duplicate })).toMatchObject({ code: "unknown-customer" });
    expect(checkMerge({ survivor: anna })).toMatchObject({ code: "unknown-customer" });
  });

  it("refuses a customer already merged away, on either side", () => {
    expect(checkMerge({ survivor: anna, absorbed: mergedAway })).toMatchObject({ code: "already-merged" });
    expect(checkMerge({ survivor: mergedAway, absorbed: duplicate })).toMatchObject({
      code: "already-merged",
    });
  });
});
