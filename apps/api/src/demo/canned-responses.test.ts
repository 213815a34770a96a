import { cannedResponseCreateInputSchema, renderPlaceholders } from "@emma/core";
import { describe, expect, it } from "vitest";
import { demoCannedResponses } from "./canned-responses.ts";
import { DEMO_TEAMS } from "./types.ts";

describe("demoCannedResponses", () => {
  const responses = demoCannedResponses();

  it("are valid, in German and English, with one shortcut per language", () => {
    expect(responses.length).toBeGreaterThanOrEqual(6);
    expect(responses.length).toBeLessThanOrEqual(8);
    for (const response of responses) {
      expect(
        cannedResponseCreateInputSchema.safeParse({ ...response, teamId: null }).success,
        response.title,
      ).toBe(true);
      if (response.team !== null) expect(DEMO_TEAMS).toContain(response.team);
    }
    expect(new Set(responses.map((r) => r.locale))).toEqual(new Set(["de", "en", null]));
    const keys = responses.filter((r) => r.shortcut).map((r) => `${r.shortcut ?? ""}/${r.locale ?? "*"}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("use only placeholders the console fills", () => {
    const values = {
      "customer.firstName": "Anna",
      "customer.name": "Anna Schneider",
      "agent.name": "Nina Krause",
    };
    for (const response of responses)
      expect(renderPlaceholders(response.body, values).unresolved).toEqual([]);
  });
});
