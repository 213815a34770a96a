import { describe, expect, it } from "vitest";
import { applyMerge } from "./apply-merge.ts";
import { twoCustomerGraph } from "./graph-fixture.ts";
import { mergeMovedSchema } from "./merge-moved.ts";
import { planMerge } from "./plan-merge.ts";

describe("planMerge", () => {
  it("moves everything of the absorbed customer, as sorted ids", () => {
    const result = planMerge(twoCustomerGraph(), { survivorId: "c-a", absorbedId: "c-b" });
    expect(result).toEqual({
      ok: true,
      plan: {
        survivorId: "c-a",
        absorbedId: "c-b",
        moved: {
          identityIds: ["i-fb", "i-phone"],
          conversationIds: ["v-call"],
          productIds: ["p-giro"],
          eventIds: ["e-note"],
        },
      },
    });
    if (result.ok)
      expect(mergeMovedSchema.parse(JSON.parse(JSON.stringify(result.plan.moved)))).toEqual(
        result.plan.moved,
      );
  });

  it("refuses to merge a customer into itself", () => {
    expect(planMerge(twoCustomerGraph(), { survivorId: "c-a", absorbedId: "c-a" })).toMatchObject({
      ok: false,
      error: { code: "same-customer" },
    });
  });

  it("refuses unknown customers", () => {
    expect(planMerge(twoCustomerGraph(), { survivorId: "c-a", absorbedId: "c-x" })).toMatchObject({
      ok: false,
      error: { code: "unknown-customer", customerId: "c-x" },
    });
  });

  it("refuses customers already merged away, on either side", () => {
    const base = twoCustomerGraph();
    const graph = { ...base, customers: { ...base.customers, "c-c": { id: "c-c", mergedInto: "c-a" } } };
    expect(planMerge(graph, { survivorId: "c-a", absorbedId: "c-c" })).toMatchObject({
      ok: false,
      error: { code: "already-merged", customerId: "c-c", mergedInto: "c-a" },
    });
    expect(planMerge(graph, { survivorId: "c-c", absorbedId: "c-b" })).toMatchObject({
      ok: false,
      error: { code: "already-merged", customerId: "c-c" },
    });
  });
});

describe("applyMerge", () => {
  it("puts the whole history on the survivor and keeps the absorbed customer as a pointer", () => {
    const graph = twoCustomerGraph();
    const result = planMerge(graph, { survivorId: "c-a", absorbedId: "c-b" });
    if (!result.ok) throw new Error(result.error.detail);
    const merged = applyMerge(graph, result.plan);
    expect(merged.customers["c-b"]).toEqual({ id: "c-b", mergedInto: "c-a" });
    expect(merged.identities["i-phone"]?.customerId).toBe("c-a");
    expect(merged.conversations["v-call"]?.customerId).toBe("c-a");
    expect(merged.customerEvents["e-call"]?.customerId).toBe("c-a");
    expect(merged.customerEvents["e-note"]?.customerId).toBe("c-a");
    expect(merged.products["p-giro"]?.customerId).toBe("c-a");
    // The input is left as it was: callers can compare before and after.
    expect(graph).toEqual(twoCustomerGraph());
  });
});
