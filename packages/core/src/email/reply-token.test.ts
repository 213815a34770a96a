import { describe, expect, it } from "vitest";
import {
  conversationIdOfReplyToken,
  replyAddress,
  replyTokenFor,
  replyTokenFromAddresses,
} from "./reply-token.ts";

const conversationId = "0b9d5a1e-7c44-4f6e-9a51-3e2f6c1d8a70";

describe("reply tokens", () => {
  it("is short, address-safe and round-trips to the conversation", () => {
    const token = replyTokenFor(conversationId);
    expect(token).toMatch(/^[a-z2-7]{26}$/);
    expect(conversationIdOfReplyToken(token)).toBe(conversationId);
    expect(conversationIdOfReplyToken(token.toUpperCase())).toBe(conversationId);
  });

  it("refuses what is not a uuid, and reads nothing from a foreign token", () => {
    expect(() => replyTokenFor("42")).toThrow(/uuid/);
    expect(conversationIdOfReplyToken("hello")).toBeUndefined();
    expect(conversationIdOfReplyToken("1".repeat(26))).toBeUndefined();
  });

  it("puts the token into a plus address and finds it in recipients again", () => {
    const token = replyTokenFor(conversationId);
    const address = replyAddress("service@bank.example", token);
    expect(address).toBe(`service+r-${token}@bank.example`);
    expect(replyTokenFromAddresses(["kunde@example.de", `"Bank Service" <${address.toUpperCase()}>`])).toBe(
      token,
    );
    expect(replyTokenFromAddresses(["service+newsletter@bank.example"])).toBeUndefined();
  });
});
