import { describe, expect, it } from "vitest";
import { formatPhoneInternational } from "./format-phone.ts";

describe("formatPhoneInternational", () => {
  it.each([
    ["+491711234567", "+49 171 1234567"],
    ["+49301234567", "+49 30 1234567"],
    ["+14155552671", "+1 415 555 2671"],
    ["+436641234567", "+43 664 1234567"],
  ])("%s reads as %s", (e164, readable) => {
    expect(formatPhoneInternational(e164)).toBe(readable);
  });

  it("shows a value that is no valid number as stored", () => {
    expect(formatPhoneInternational("+4912")).toBe("+4912");
    expect(formatPhoneInternational("unknown")).toBe("unknown");
  });
});
