import { describe, expect, it } from "vitest";
import { isTrustedSender } from "./is-trusted-sender.ts";

const APP = "http://127.0.0.1:4400";
const trusted = { frameUrl: "http://127.0.0.1:4400/", isMainFrame: true, isAppWindow: true };

describe("isTrustedSender", () => {
  it("trusts the console's top frame", () => {
    expect(isTrustedSender(trusted, APP)).toBe(true);
  });

  it("distrusts subframes, other windows, other origins and vanished frames", () => {
    expect(isTrustedSender({ ...trusted, isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...trusted, isAppWindow: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: "https://evil.example/" }, APP)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: undefined }, APP)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: "about:blank" }, APP)).toBe(false);
  });
});
