import { describe, expect, it } from "vitest";
import { mergeSuggestionSchema } from "../merge/merge-reason.ts";
import { identityKey } from "./identity-key.ts";
import type { NormalizedIdentity } from "./identity-kind.ts";
import { resolveIdentities } from "./resolve-identities.ts";

const email: NormalizedIdentity = { kind: "email", value: "anna@example.de", display: null };
const phone: NormalizedIdentity = { kind: "phone", value: "+491711234567", display: null };
const facebook: NormalizedIdentity = { kind: "facebook", value: "6248215135252451", display: "Anna" };
const owners = (entries: [NormalizedIdentity, string][]) =>
  new Map(entries.map(([identity, customerId]) => [identityKey(identity), customerId]));

describe("resolveIdentities", () => {
  it("makes a new customer when no identifier is known", () => {
    expect(resolveIdentities([email, phone], owners([]))).toEqual({
      kind: "new-customer",
      identitiesToCreate: [email, phone],
    });
  });

  it("finds the customer and links the new identifiers seen with a known one", () => {
    expect(resolveIdentities([email, phone], owners([[phone, "c-anna"]]))).toEqual({
      kind: "existing",
      customerId: "c-anna",
      identitiesToCreate: [email],
    });
  });

  it("creates nothing when every identifier is already the customer's", () => {
    expect(
      resolveIdentities(
        [email, phone],
        owners([
          [email, "c1"],
          [phone, "c1"],
        ]),
      ),
    ).toEqual({
      kind: "existing",
      customerId: "c1",
      identitiesToCreate: [],
    });
  });

  it("never merges silently: identifiers of two customers give a suggestion", () => {
    const result = resolveIdentities(
      [email, facebook, phone],
      owners([
        [phone, "c-b"],
        [email, "c-z"],
      ]),
    );
    expect(result.kind).toBe("conflict");
    if (result.kind !== "conflict") return;
    // The item goes to the owner of the first known identifier (the thread's contact comes first).
    expect(result.customerId).toBe("c-z");
    expect(result.identitiesToCreate).toEqual([facebook]);
    expect(result.suggestion.customerIds).toEqual(["c-b", "c-z"]);
    const [reason] = result.suggestion.reasons;
    // Facts for the console to word in its language; no prose with ids.
    expect(reason).toEqual({
      code: "shared-event",
      customerIds: ["c-b", "c-z"],
      identities: [
        { kind: "email", value: "anna@example.de" },
        { kind: "phone", value: "+491711234567" },
      ],
    });
    expect(mergeSuggestionSchema.safeParse(result.suggestion).success).toBe(true);
  });

  it("gives one reason per pair when three customers meet", () => {
    const result = resolveIdentities(
      [email, phone, facebook],
      owners([
        [email, "c3"],
        [phone, "c1"],
        [facebook, "c2"],
      ]),
    );
    if (result.kind !== "conflict") throw new Error(`expected a conflict, got ${result.kind}`);
    expect(result.suggestion.customerIds).toEqual(["c1", "c2", "c3"]);
    expect(result.suggestion.reasons.map((r) => r.customerIds)).toEqual([
      ["c1", "c2"],
      ["c1", "c3"],
      ["c2", "c3"],
    ]);
  });

  it("counts an identifier given twice once", () => {
    expect(resolveIdentities([email, email], owners([]))).toEqual({
      kind: "new-customer",
      identitiesToCreate: [email],
    });
  });
});
