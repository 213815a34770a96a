import { describe, expect, it } from "vitest";
import {
  MAX_RECIPIENTS,
  checkAddress,
  formatAddressList,
  mailRecipientsSchema,
  parseAddressList,
  recipientIssues,
} from "./mail-recipients.ts";

describe("e-mail addresses an agent types", () => {
  it("reads bare addresses and addresses with display names, quoted or not", () => {
    const parsed = parseAddressList(
      'anna@example.de, Bernd Berger <bernd@example.de>; "Schneider, Clara" <clara@example.de>\ndora@example.de',
    );
    expect(parsed).toEqual({
      mailboxes: [
        { address: "anna@example.de" },
        { address: "bernd@example.de", name: "Bernd Berger" },
        { address: "clara@example.de", name: "Schneider, Clara" },
        { address: "dora@example.de" },
      ],
      invalid: [],
    });
  });

  it("sends an international domain in its ASCII form and keeps the local part as written", () => {
    expect(checkAddress("Jörg.Müller@müller-bäckerei.de")).toBe("Jörg.Müller@xn--mller-bckerei-hfb76a.de");
    expect(parseAddressList("Jörg <jm@bücher.example>").mailboxes).toEqual([
      { address: "jm@xn--bcher-kva.example", name: "Jörg" },
    ]);
  });

  it("names what is no address, as typed", () => {
    expect(parseAddressList("anna@example.de, bernd at example.de, <>, c@localhost, d@@x.de")).toEqual({
      mailboxes: [{ address: "anna@example.de" }],
      invalid: ["bernd at example.de", "<>", "c@localhost", "d@@x.de"],
    });
    expect(checkAddress(".anna@example.de")).toBeNull();
    expect(checkAddress("an..na@example.de")).toBeNull();
    expect(checkAddress(`${"a".repeat(65)}@example.de`)).toBeNull();
    expect(checkAddress("anna@127.0.0.1")).toBeNull();
  });

  it("keeps an address typed twice once, whatever its case", () => {
    expect(parseAddressList("anna@example.de, Anna <ANNA@example.de>").mailboxes).toEqual([
      { address: "anna@example.de" },
    ]);
  });

  it("writes a field back so that reading it again gives the same mailboxes", () => {
    const mailboxes = [
      { address: "anna@example.de" },
      { address: "clara@example.de", name: "Schneider, Clara" },
      { address: "e@example.de", name: 'Eva "Evi" E.' },
    ];
    expect(parseAddressList(formatAddressList(mailboxes)).mailboxes).toEqual(mailboxes);
  });
});

describe("recipients of one reply", () => {
  const box = (address: string) => ({ address });

  it("needs someone in To", () => {
    expect(recipientIssues({ to: [], cc: [box("a@example.de")], bcc: [] })).toEqual([
      { field: "to", code: "no_recipient", message: "Name at least one recipient in To" },
    ]);
  });

  it("refuses one address in two fields, so nobody is both visible and hidden", () => {
    const issues = recipientIssues({ to: [box("a@example.de")], cc: [], bcc: [box("A@example.de")] });
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([["bcc", "repeated"]]);
  });

  it("caps the recipients of one reply", () => {
    const many = Array.from({ length: 20 }, (_, i) => box(`p${String(i)}@example.de`));
    const more = Array.from({ length: 20 }, (_, i) => box(`q${String(i)}@example.de`));
    expect(recipientIssues({ to: many, cc: more, bcc: [] })).toEqual([]);
    expect(recipientIssues({ to: many, cc: more, bcc: [box("z@example.de")] })).toEqual([
      expect.objectContaining({ code: "too_many" }),
    ]);
    expect(MAX_RECIPIENTS).toBe(40);
  });

  it("is checked by the contract with a message at the field", () => {
    const result = mailRecipientsSchema.safeParse({
      to: [box("a@example.de")],
      cc: [box("not an address")],
      bcc: [box("a@example.de")],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["cc.0.address", "bcc"]);
  });
});
