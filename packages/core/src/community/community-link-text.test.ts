import { describe, expect, it } from "vitest";
import { communityLinkText } from "./community-link-text.ts";

const topic = { title: "Karte gesperrt", url: "https://forum.example/t/karte-gesperrt/12" };

describe("communityLinkText", () => {
  it("says in the customer's language that a solved topic answered the question", () => {
    expect(communityLinkText("de", { ...topic, solved: true })).toBe(
      "In unserem Community-Forum wurde diese Frage schon beantwortet: Karte gesperrt – https://forum.example/t/karte-gesperrt/12",
    );
    expect(communityLinkText("en", { ...topic, solved: true })).toBe(
      "This question has already been answered in our community forum: Karte gesperrt – https://forum.example/t/karte-gesperrt/12",
    );
  });

  it("never calls an unsolved topic an answer", () => {
    expect(communityLinkText("de", { ...topic, solved: false })).not.toContain("beantwortet");
    expect(communityLinkText("en", { ...topic, solved: false })).not.toContain("answered");
  });
});
