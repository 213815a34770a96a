import { describe, expect, it } from "vitest";
import { readRecipientTexts, recipientTexts } from "./recipient-texts.ts";

describe("the composer's To, Cc and Bcc fields", () => {
  it("start with the thread's customer and copies", () => {
    expect(
      recipientTexts({
        to: [{ address: "jana@kunde.example", name: "Jana Roth" }],
        cc: [{ address: "bernd@kanzlei.example" }],
      }),
    ).toEqual({ to: "Jana Roth <jana@kunde.example>", cc: "bernd@kanzlei.example", bcc: "" });
  });

  it("give the recipients to send when every field reads", () => {
    expect(
      readRecipientTexts({ to: "Jana Roth <jana@kunde.example>", cc: "", bcc: "revision@bank.example" })
        .recipients,
    ).toEqual({
      to: [{ address: "jana@kunde.example", name: "Jana Roth" }],
      cc: [],
      bcc: [{ address: "revision@bank.example" }],
    });
  });

  it("name each problem at its field and send nothing", () => {
    const read = readRecipientTexts({
      to: "",
      cc: "bernd(at)kanzlei",
      bcc: "x@kunde.example, x@kunde.example",
    });
    expect(read.recipients).toBeNull();
    expect(read.problems).toEqual({
      to: { invalid: [], issues: ["no_recipient"] },
      cc: { invalid: ["bernd(at)kanzlei"], issues: [] },
      bcc: { invalid: [], issues: [] },
    });
  });

  it("refuse an address that is both a visible and a hidden recipient", () => {
    const read = readRecipientTexts({ to: "jana@kunde.example", cc: "", bcc: "JANA@kunde.example" });
    expect(read.problems.bcc.issues).toEqual(["repeated"]);
    expect(read.recipients).toBeNull();
  });
});
