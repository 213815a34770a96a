import { describe, expect, it } from "vitest";
import {
  anyAnswer,
  birthDateOfAnswer,
  checkIdentityAnswers,
  identityAnswersSchema,
  identityConfirmed,
  type FactsOnFile,
} from "./identity-answers.ts";

const record: FactsOnFile = { birthDate: "1985-02-14", postcode: "28195", customerNumber: "K-7292324" };
const messenger: FactsOnFile = { birthDate: null, postcode: null, customerNumber: null };

describe("checkIdentityAnswers", () => {
  it("accepts the answers as a caller says them: German dates, spaces and dashes, any case", () => {
    const checks = checkIdentityAnswers([messenger, record], {
      birthDate: "14.2.1985",
      postcode: "28 195",
      customerNumber: "k 7292324",
    });
    expect(checks).toEqual([
      { fact: "birth-date", result: "same" },
      { fact: "postcode", result: "same" },
      { fact: "customer-number", result: "same" },
    ]);
    expect(identityConfirmed(checks)).toBe(true);
  });

  it("says which answer differs, and one wrong answer is no confirmation", () => {
    const checks = checkIdentityAnswers([record], { birthDate: "1985-02-15", postcode: "28195" });
    expect(checks).toEqual([
      { fact: "birth-date", result: "different" },
      { fact: "postcode", result: "same" },
    ]);
    expect(identityConfirmed(checks)).toBe(false);
  });

  it("asks only what was answered, and an answer no record can check proves nothing", () => {
    const checks = checkIdentityAnswers([messenger, { ...record, postcode: null }], { postcode: "28195" });
    expect(checks).toEqual([{ fact: "postcode", result: "not-on-file" }]);
    expect(identityConfirmed(checks)).toBe(false);
    expect(checkIdentityAnswers([record], {})).toEqual([]);
  });

  it("needs every record holding a fact to agree: matching one of two dates of birth is not enough", () => {
    const father = { ...record, birthDate: "1958-06-01" };
    expect(checkIdentityAnswers([record, father], { birthDate: "14.02.1985" })).toEqual([
      { fact: "birth-date", result: "different" },
    ]);
  });
});

describe("identityAnswersSchema", () => {
  it("drops empty answers and refuses a date of birth that is not a date, saying how to write it", () => {
    expect(identityAnswersSchema.parse({ birthDate: " ", postcode: "10115" })).toEqual({
      birthDate: undefined,
      postcode: "10115",
    });
    const refused = identityAnswersSchema.safeParse({ birthDate: "30.02.1985" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/DD\.MM\.YYYY/);
  });

  it("counts blank answers as none", () => {
    expect(anyAnswer({})).toBe(false);
    expect(anyAnswer({ birthDate: "  ", postcode: undefined })).toBe(false);
    expect(anyAnswer({ customerNumber: "K-1" })).toBe(true);
  });

  it("reads dates of birth only when they exist", () => {
    expect(birthDateOfAnswer("01.03.1990")).toBe("1990-03-01");
    expect(birthDateOfAnswer("1990-03-01")).toBe("1990-03-01");
    expect(birthDateOfAnswer("31.04.1990")).toBeNull();
    expect(birthDateOfAnswer("gestern")).toBeNull();
  });
});
