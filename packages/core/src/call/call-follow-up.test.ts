import { describe, expect, it } from "vitest";
import type { InboundMessage } from "../inbound/inbound-message.ts";
import { isCallFollowUp } from "./call-follow-up.ts";

const call = (
  from: string,
  to: string,
  identities: InboundMessage["author"]["identities"],
): InboundMessage => ({
  channel: "phone",
  kind: "call",
  externalId: "CA1",
  threadKey: "call:CA1",
  occurredAt: new Date("2026-11-20T10:00:00Z"),
  direction: "inbound",
  author: { identities },
  text: "",
  attachments: [],
  call: { status: "ringing", from, to },
  metadata: {},
});

describe("isCallFollowUp", () => {
  it("holds back an event naming neither party, like a recording callback", () => {
    expect(isCallFollowUp(call("", "", []))).toBe(true);
  });

  it("takes a withheld caller's ringing call as a call of its own, not a follow-up", () => {
    expect(isCallFollowUp(call("", "+4930123456", []))).toBe(false);
    expect(isCallFollowUp(call("anonymous", "+4930123456", [{ kind: "phone", value: "anonymous" }]))).toBe(
      false,
    );
  });
});
