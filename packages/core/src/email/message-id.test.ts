import { describe, expect, it } from "vitest";
import {
  isOurMessageId,
  messageIdOfExternalId,
  messageIdsIn,
  normalizeMessageId,
  ourMessageId,
  outboxIdOfMessageId,
  sharedMessageIdExternalId,
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

  it("gives the second mail with a reused Message-ID its own external id, and reads the Message-ID back", () => {
    const id = normalizeMessageId("<1@Webform.Localhost>") ?? "";
    const second = sharedMessageIdExternalId(id, "7f0c6a2e-0000-4000-8000-000000000002");
    expect(second).not.toBe(id);
    expect(messageIdOfExternalId(second)).toBe("1@webform.localhost");
    expect(messageIdOfExternalId(id)).toBe(id);
  });
});
