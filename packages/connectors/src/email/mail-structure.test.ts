import { describe, expect, it } from "vitest";
import { multipartBodies, readMailStructure } from "./mail-structure.ts";
import { mail } from "./test/mail.ts";

describe("readMailStructure", () => {
  it("finds the delivery status and the returned mail's headers in a bounce, base64 or not", () => {
    const status =
      "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; a@example.de\r\nAction: failed\r\n";
    const raw = mail(
      "From: MAILER-DAEMON@mx.example",
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="r"',
      "",
      "preamble",
      "--r",
      "Content-Type: text/plain; charset=iso-8859-1",
      "",
      "Zustellung fehlgeschlagen",
      "--r",
      "Content-Type: message/delivery-status",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(status).toString("base64"),
      "--r",
      "Content-Type: text/rfc822-headers",
      "",
      "Message-ID: <outbox-1@bank.example>",
      "Subject: Re: Konto",
      "",
      "--r--",
      "epilogue",
    );
    const { facts, charsets, headers } = readMailStructure(raw);
    expect(facts).toEqual({
      contentType: "multipart/report",
      reportType: "delivery-status",
      deliveryStatus: status,
      originalHeaders: "Message-ID: <outbox-1@bank.example>\r\nSubject: Re: Konto",
    });
    expect(charsets).toEqual(["iso-8859-1"]);
    expect(headers.get("from")).toEqual(["MAILER-DAEMON@mx.example"]);
  });

  it("does not look inside an attached mail: a forwarded bounce is not a bounce", () => {
    const raw = mail(
      'Content-Type: multipart/mixed; boundary="o"',
      "",
      "--o",
      "Content-Type: message/rfc822",
      "",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="i"',
      "",
      "--i",
      "Content-Type: message/delivery-status",
      "",
      "Action: failed",
      "--i--",
      "--o--",
    );
    expect(readMailStructure(raw).facts).toEqual({
      contentType: "multipart/mixed",
      originalHeaders: 'Content-Type: multipart/report; report-type=delivery-status; boundary="i"',
    });
  });

  it("finds a delivery status under a top-level header that lost its Content-Type", () => {
    const raw = mail(
      "From: Mail Delivery System <mds@relay.example>",
      "",
      "This is a MIME-encapsulated message",
      "",
      "--b1/relay.example",
      "",
      "Returned mail",
      "--b1/relay.example",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: RFC822; a@example.de",
      "Action: failed",
      "--b1/relay.example--",
    );
    expect(readMailStructure(raw).facts).toMatchObject({
      contentType: "text/plain",
      deliveryStatus: "Final-Recipient: RFC822; a@example.de\r\nAction: failed",
    });
    expect(
      readMailStructure(mail("Subject: x", "", "--Anna", "", "Hallo")).facts.deliveryStatus,
    ).toBeUndefined();
  });

  it("splits parts only at whole boundary lines, and reads a part cut off at the end", () => {
    const body = "--a\nx\n--ab\ny\n--a\nz";
    expect(multipartBodies(body, "a")).toEqual(["x\n--ab\ny", "z"]);
  });
});
