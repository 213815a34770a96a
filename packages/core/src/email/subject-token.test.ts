import { describe, expect, it } from "vitest";
import { replyTokenFor } from "./reply-token.ts";
import { replySubject } from "./reply-subject.ts";
import { conversationIdPrefixOfSubjectToken, subjectTokenOf, subjectWithToken } from "./subject-token.ts";

const conversationId = "0b9d5a1e-7c44-4f6e-9a51-3e2f6c1d8a70";
const token = replyTokenFor(conversationId);

describe("subject token", () => {
  it("is appended once, also when the customer answers our answer", () => {
    const first = subjectWithToken("Karte gesperrt", token);
    expect(first).toMatch(/^Karte gesperrt \[#EM-[A-Z2-7]{8}\]$/);
    expect(subjectWithToken(replySubject(`AW: ${first}`), token)).toBe(`Re: ${first}`);
  });

  it("replaces the token of another conversation", () => {
    const other = replyTokenFor("ffffffff-7c44-4f6e-9a51-3e2f6c1d8a70");
    const subject = subjectWithToken(subjectWithToken("Konto", other), token);
    expect(subjectTokenOf(subject)).toBe(token.slice(0, 8));
    expect(subject.match(/#EM-/g)).toHaveLength(1);
  });

  it("leads back to the conversation id's first 40 bits", () => {
    const ref = subjectTokenOf(`Re: Konto ${subjectWithToken("", token)}`);
    expect(ref).toBeDefined();
    expect(conversationIdPrefixOfSubjectToken(ref ?? "")).toBe("0b9d5a1e-7c");
    expect(conversationId.startsWith(conversationIdPrefixOfSubjectToken(ref ?? "") ?? "-")).toBe(true);
    expect(subjectTokenOf("Re: Ticket #EM-12")).toBeUndefined();
  });
});

describe("replySubject", () => {
  it.each([
    ["Konto gesperrt", "Re: Konto gesperrt"],
    ["Re: Konto gesperrt", "Re: Konto gesperrt"],
    ["AW: Konto gesperrt", "Re: Konto gesperrt"],
    ["AW: Re: aw:  Konto gesperrt", "Re: Konto gesperrt"],
    ["RE[2]: Konto", "Re: Konto"],
    ["Antw: Konto", "Re: Konto"],
    ["WG: Konto", "Re: WG: Konto"],
    ["Fwd: Konto", "Re: Fwd: Konto"],
    ["AW: WG: Konto", "Re: WG: Konto"],
    ["Reise nach Rom", "Re: Reise nach Rom"],
    ["", ""],
  ])("%s → %s", (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});
