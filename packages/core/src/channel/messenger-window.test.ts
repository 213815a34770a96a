import { describe, expect, it } from "vitest";
import { messengerWindow, privateReplyWindow } from "./messenger-window.ts";

const wrote = new Date("2025-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

describe("Messenger's reply windows", () => {
  it("answers normally within 24 hours of the customer's last message, up to the last millisecond", () => {
    expect(
      messengerWindow({ lastInboundAt: wrote, now: at("2025-03-10T12:05:00Z"), humanAgentEnabled: false }),
    ).toEqual({
      kind: "response",
      closesAt: at("2025-03-11T12:00:00Z"),
    });
    const lastMoment = new Date(wrote.getTime() + 24 * HOUR);
    expect(messengerWindow({ lastInboundAt: wrote, now: lastMoment, humanAgentEnabled: true }).kind).toBe(
      "response",
    );
  });

  it("closes after 24 hours when the HUMAN_AGENT tag is not enabled, saying since when", () => {
    expect(
      messengerWindow({ lastInboundAt: wrote, now: at("2025-03-11T12:00:01Z"), humanAgentEnabled: false }),
    ).toEqual({
      kind: "closed",
      since: at("2025-03-11T12:00:00Z"),
    });
  });

  it("lets a human agent answer for 7 days when the Page enabled the tag, then closes", () => {
    expect(
      messengerWindow({ lastInboundAt: wrote, now: at("2025-03-13T09:00:00Z"), humanAgentEnabled: true }),
    ).toEqual({
      kind: "human_agent",
      closesAt: at("2025-03-17T12:00:00Z"),
    });
    expect(
      messengerWindow({ lastInboundAt: wrote, now: at("2025-03-17T12:00:00.001Z"), humanAgentEnabled: true }),
    ).toEqual({
      kind: "closed",
      since: at("2025-03-17T12:00:00Z"),
    });
  });

  it("is closed when the customer never wrote", () => {
    expect(messengerWindow({ lastInboundAt: undefined, now: wrote, humanAgentEnabled: true })).toEqual({
      kind: "closed",
      since: null,
    });
  });

  it("allows the one private reply to a comment within 7 days of the comment", () => {
    expect(privateReplyWindow(wrote, at("2025-03-16T11:00:00Z"))).toEqual({
      open: true,
      closesAt: at("2025-03-17T12:00:00Z"),
    });
    expect(privateReplyWindow(wrote, at("2025-03-18T00:00:00Z"))).toEqual({
      open: false,
      since: at("2025-03-17T12:00:00Z"),
    });
  });
});
