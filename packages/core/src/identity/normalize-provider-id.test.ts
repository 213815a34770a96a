import { describe, expect, it } from "vitest";
import { normalizeIdentity } from "./normalize-identity.ts";
import type { RawIdentity } from "./identity-kind.ts";

const normalize = (raw: RawIdentity) => normalizeIdentity(raw, { defaultCountry: "DE" });

describe("facebook identities", () => {
  it("link by page-scoped id and show the name", () => {
    expect(normalize({ kind: "facebook", value: " 6248215135252451 ", display: "Anna Schmidt" })).toEqual({
      ok: true,
      identity: { kind: "facebook", value: "6248215135252451", display: "Anna Schmidt" },
    });
  });

  it("reject anything that is not a numeric id", () => {
    expect(normalize({ kind: "facebook", value: "anna.schmidt" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(normalize({ kind: "facebook", value: "   " })).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("X identities", () => {
  it("link by user id and show the handle", () => {
    expect(normalize({ kind: "twitter", value: "1442207870283698181", display: "anna_k" })).toEqual({
      ok: true,
      identity: { kind: "twitter", value: "1442207870283698181", display: "@anna_k" },
    });
    expect(normalize({ kind: "twitter", value: "12", display: "@Anna_K" })).toMatchObject({
      identity: { display: "@Anna_K" },
    });
  });

  it.each(["@anna_k", "anna_k", "Anna"])("refuse the handle %j as an identifier", (value) => {
    expect(normalize({ kind: "twitter", value })).toEqual({
      ok: false,
      reason: "invalid",
      detail: "X identities link by user id, not by handle",
    });
  });

  it("rejects ids with other characters", () => {
    expect(normalize({ kind: "twitter", value: "12-34" })).toMatchObject({ ok: false, reason: "invalid" });
  });
});
