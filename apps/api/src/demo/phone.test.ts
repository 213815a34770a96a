import { normalizeIdentity } from "@emma/core";
import { describe, expect, it } from "vitest";
import { CITIES, landlineNumber, mobileNumber, nationalFormat, SERVICE_NUMBER } from "./phone.ts";
import { Random } from "./random.ts";
import { uniqueSevenDigits } from "./unique-number.ts";

const valid = (value: string) => normalizeIdentity({ kind: "phone", value }, { defaultCountry: "DE" });

describe("German numbers", () => {
  it("are valid E.164 numbers that normalize to themselves", () => {
    const random = new Random(11);
    for (let i = 0; i < 300; i++) {
      const tail = uniqueSevenDigits(11, "mobile", i);
      for (const number of [mobileNumber(random, tail), landlineNumber(random, random.pick(CITIES), tail)]) {
        expect(number).toMatch(/^\+49[1-9]\d{8,11}$/);
        const result = valid(number);
        expect(result.ok && result.identity.value).toBe(number);
      }
    }
    expect(valid(SERVICE_NUMBER).ok).toBe(true);
  });

  it("are written nationally in signatures", () => {
    expect(nationalFormat("+4917612345678")).toBe("0176 12345678");
    expect(nationalFormat("+493012345678")).toBe("030 12345678");
    expect(nationalFormat("+492211234567")).toBe("0221 1234567");
  });
});
