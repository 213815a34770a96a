import { describe, expect, it } from "vitest";
import { normalizeIdentities } from "../identity/normalize-identities.ts";
import { callerIdentities, callThreadKey, isServiceNumber } from "./call-thread.ts";

describe("call threads", () => {
  it("groups a customer's calls by number, whatever the spacing", () => {
    expect(callThreadKey("+49 176 12345678", "CA1")).toBe("phone:+4917612345678");
    expect(callThreadKey("+4917612345678", "CA2")).toBe("phone:+4917612345678");
  });

  it.each(["anonymous", "Restricted", "+266696687", "+7378742833", "unknown", "", "  ", "123", undefined])(
    "gives a withheld caller %j a conversation per call",
    (number) => {
      expect(callThreadKey(number, "CA1")).toBe("call:CA1");
    },
  );

  it.each(["anonymous", "Restricted", "+266696687", "unknown"])(
    "passes %j on raw; core's normalization refuses to link it",
    (number) => {
      const { identities, rejected } = normalizeIdentities(callerIdentities(number), {
        defaultCountry: "DE",
      });
      expect(identities).toEqual([]);
      expect(rejected).toMatchObject([{ reason: "anonymous" }]);
    },
  );

  it("leaves an empty number out instead of making an empty identity", () => {
    expect(callerIdentities("")).toEqual([]);
    expect(callerIdentities(undefined)).toEqual([]);
  });

  it("recognises the service's numbers by their digits", () => {
    expect(isServiceNumber("+4930123456", ["+49 30 123456"])).toBe(true);
    expect(isServiceNumber("004930123456", ["+4930123456"])).toBe(true);
    expect(isServiceNumber("+4930123457", ["+4930123456"])).toBe(false);
    expect(isServiceNumber("", [""])).toBe(false);
  });
});
