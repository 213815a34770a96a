import { describe, expect, it } from "vitest";
import { chooseThread } from "./choose-thread.ts";

describe("chooseThread", () => {
  it("trusts the reply token over every other clue", () => {
    expect(
      chooseThread({
        "subject-token": "s",
        "stored-message-id": "m",
        "our-message-id": "o",
        "reply-token": "t",
      }),
    ).toEqual({ conversationId: "t", rule: "reply-token" });
  });

  it("prefers our own Message-IDs to other stored ones, and both to the subject", () => {
    expect(chooseThread({ "subject-token": "s", "stored-message-id": "m", "our-message-id": "o" })).toEqual({
      conversationId: "o",
      rule: "our-message-id",
    });
    expect(chooseThread({ "subject-token": "s", "stored-message-id": "m" })?.rule).toBe("stored-message-id");
    expect(chooseThread({ "subject-token": "s" })?.rule).toBe("subject-token");
  });

  it("starts a new conversation without any clue", () => {
    expect(chooseThread({})).toBeUndefined();
  });
});
