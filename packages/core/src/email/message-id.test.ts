import { describe, expect, it } from "vitest";
import {
  isOurMessageId,
  messageIdsIn,
  normalizeMessageId,
  ourMessageId,
  outboxIdOfMessageId,
} from "./message-id.ts";

describe("Message-IDs", () => {
  it("normalizes brackets, whitespace and the domain's case only", () => {
    expect(normalizeMessageId(" <AbC.123@Mail.Example.COM> ")).toBe("AbC.123@mail.example.com");
    expect(normalizeMessageId("<1234   @   local.machine.example>")).toBe("1234@local.machine.example");
    expect(normalizeMessageId("<>")).toBeUndefined();
  });

  it("reads every id of a References value, also broken ones", () => {
    expect(messageIdsIn("<a@x.example> <b@X.example>\t<a@x.example>")).toEqual([
      "a@x.example",
      "b@x.example",
    ]);
    expect(messageIdsIn("a@x.example, b@x.example")).toEqual(["a@x.example", "b@x.example"]);
    expect(messageIdsIn(undefined)).toEqual([]);
  });

  it("recognizes our own ids and the outbox row behind them", () => {
    const id = ourMessageId("5f0c", "Mail.Bank.Example");
    expect(id).toBe("<outbox-5f0c@mail.bank.example>");
    expect(outboxIdOfMessageId(id, "mail.bank.example")).toBe("5f0c");
    expect(isOurMessageId("outbox-5f0c@MAIL.bank.example", "mail.bank.example")).toBe(true);
    expect(isOurMessageId("<outbox-5f0c@elsewhere.example>", "mail.bank.example")).toBe(false);
    expect(isOurMessageId("<1234@mail.bank.example>", "mail.bank.example")).toBe(false);
  });
});
