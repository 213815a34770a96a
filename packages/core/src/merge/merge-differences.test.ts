import { describe, expect, it } from "vitest";
import { mergeDifferences, unconfirmedDifferences } from "./merge-differences.ts";

describe("mergeDifferences", () => {
  it("finds nothing to confirm when the names are one name written differently", () => {
    for (const [a, b] of [
      ["Jürgen Weiß", "jürgen  weiss"],
      ["Jürgen Weiß", "Juergen Weiß"],
      ["Anna-Lena Berger", "anna lena berger"],
    ] as const) {
      expect(mergeDifferences({ displayName: a, locale: "de" }, { displayName: b, locale: null })).toEqual(
        [],
      );
    }
  });

  it("names each field that differs with both values", () => {
    expect(
      mergeDifferences(
        { displayName: "Anna Berger", locale: "de" },
        { displayName: "Anton Berger", locale: "en" },
      ),
    ).toEqual([
      { field: "displayName", survivor: "Anna Berger", absorbed: "Anton Berger" },
      { field: "locale", survivor: "de", absorbed: "en" },
    ]);
  });
});

describe("unconfirmedDifferences", () => {
  it("leaves what the agent confirmed out", () => {
    const differences = mergeDifferences(
      { displayName: "Anna Berger", locale: "de" },
      { displayName: "Anton Berger", locale: "en" },
    );
    expect(unconfirmedDifferences(differences, ["displayName"]).map((d) => d.field)).toEqual(["locale"]);
    expect(unconfirmedDifferences(differences, ["displayName", "locale"])).toEqual([]);
  });
});
