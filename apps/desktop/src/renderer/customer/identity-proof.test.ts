import { describe, expect, it } from "vitest";
import { NO_PROOF, answersDiffer, proofForMerge } from "./identity-proof.ts";

describe("what the agent learnt of who the customer is, as the merge takes it", () => {
  it("sends nothing when nothing was asked or mailed, and blank answers count as none", () => {
    expect(proofForMerge(NO_PROOF)).toEqual({});
    expect(proofForMerge({ ...NO_PROOF, answers: { birthDate: " ", postcode: "" } })).toEqual({});
  });

  it("sends the answers and a confirmed code, each only when there is one", () => {
    expect(proofForMerge({ ...NO_PROOF, answers: { postcode: "28195" } })).toEqual({
      identityAnswers: { postcode: "28195" },
    });
    expect(proofForMerge({ ...NO_PROOF, codeId: "c0de" })).toEqual({ identityCodeId: "c0de" });
  });

  it("makes the agent confirm when an answer did not match the records", () => {
    const checked = (result: "same" | "different") => ({
      ...NO_PROOF,
      checked: { checks: [{ fact: "postcode" as const, result }], confirmed: result === "same" },
    });
    expect(answersDiffer(checked("different"))).toBe(true);
    expect(answersDiffer(checked("same"))).toBe(false);
    expect(answersDiffer(NO_PROOF)).toBe(false);
  });
});
