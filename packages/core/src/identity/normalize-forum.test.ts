import { describe, expect, it } from "vitest";
import { normalizeIdentity } from "./normalize-identity.ts";
import type { RawIdentity } from "./identity-kind.ts";

const forum = (raw: Omit<RawIdentity, "kind">) =>
  normalizeIdentity({ kind: "forum", ...raw }, { defaultCountry: "DE" });

describe("forum identities", () => {
  it("are the site plus the user id, since ids repeat across forums", () => {
    expect(forum({ value: "42", site: "Community.Example.de", display: "anna" })).toEqual({
      ok: true,
      identity: { kind: "forum", value: "community.example.de:42", display: "anna" },
    });
  });

  it("read the site from a URL too", () => {
    expect(forum({ value: "42", site: "https://Community.Example.de/" })).toMatchObject({
      identity: { value: "community.example.de:42" },
    });
  });

  it("are rejected without a site", () => {
    expect(forum({ value: "42" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(forum({ value: "42", site: " " })).toMatchObject({ ok: false, reason: "invalid" });
    expect(forum({ value: "42", site: "not a host" })).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("are empty without a user id", () => {
    expect(forum({ value: " ", site: "community.example.de" })).toMatchObject({ ok: false, reason: "empty" });
  });
});
