import { describe, expect, it } from "vitest";
import { userMatches } from "./user-filter.ts";

const nina = {
  displayName: "Nina Müller",
  email: "nina@bank.example",
  roleLabel: "Supervisor",
  teamNames: ["Privatkunden"],
};

describe("userMatches", () => {
  it("finds a user by name without accents, e-mail, role or team", () => {
    expect(userMatches("muller", nina)).toBe(true);
    expect(userMatches("nina@bank", nina)).toBe(true);
    expect(userMatches("supervisor", nina)).toBe(true);
    expect(userMatches("privat nina", nina)).toBe(true);
    expect(userMatches("", nina)).toBe(true);
  });

  it("hides a user when one word matches nothing", () => {
    expect(userMatches("nina firmenkunden", nina)).toBe(false);
  });
});
