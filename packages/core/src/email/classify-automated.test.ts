import { describe, expect, it } from "vitest";
import { classifyAutomated } from "./classify-automated.ts";
import { parseHeaderBlock } from "./mail-headers.ts";
import type { MailStructureFacts } from "./mail-structure-facts.ts";

const classify = (header: string, facts: MailStructureFacts = { contentType: "text/plain" }) =>
  classifyAutomated(parseHeaderBlock(header), facts);

describe("classifyAutomated", () => {
  it("leaves mail a person wrote alone", () => {
    expect(classify("From: Anna <anna@example.de>\nAuto-Submitted: no\nPrecedence: list")).toBeUndefined();
  });

  it.each([
    ["Auto-Submitted: auto-replied", "Auto-Submitted: auto-replied"],
    ["X-Autoreply: yes", "x-autoreply: yes"],
    ["X-Autorespond: Urlaub", "x-autorespond: Urlaub"],
    ["Precedence: auto_reply", "Precedence: auto_reply"],
    ["Precedence: Bulk", "Precedence: bulk"],
    ["X-Auto-Response-Suppress: All", "X-Auto-Response-Suppress: All"],
    ["Return-Path: < >", "Return-Path: <>"],
  ])("calls %s an auto-reply", (header, signal) => {
    expect(classify(`From: anna@example.de\n${header}`)).toEqual({
      kind: "auto-reply",
      signals: [signal],
      failedMessageIds: [],
    });
  });

  it("reads a delivery report: original id, the server's words, every signal", () => {
    const result = classify("From: Mail Delivery System <MAILER-DAEMON@mx.example>\nReturn-Path: <>", {
      contentType: "multipart/report",
      reportType: "delivery-status",
      deliveryStatus:
        "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; kunde@example.de\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
      originalHeaders: "From: service@bank.example\nMessage-ID: <outbox-1@Bank.Example>\nSubject: Re: Konto",
    });
    expect(result).toEqual({
      kind: "bounce",
      signals: [
        "multipart/report; report-type=delivery-status",
        "From: MAILER-DAEMON@mx.example",
        "Return-Path: <>",
      ],
      failedMessageIds: ["outbox-1@bank.example"],
      diagnostic: "550 5.1.1 User unknown",
    });
  });

  it("takes a bounce without report from X-Failed-Recipients and its In-Reply-To", () => {
    const result = classify(
      "From: mailer@mx.example\nX-Failed-Recipients: kunde@example.de\nIn-Reply-To: <outbox-2@bank.example>",
    );
    expect(result).toMatchObject({ kind: "bounce", failedMessageIds: ["outbox-2@bank.example"] });
  });

  it("knows a delay warning from a failure", () => {
    const result = classify("From: MAILER-DAEMON@mx.example", {
      contentType: "multipart/report",
      reportType: "delivery-status",
      deliveryStatus: "Final-Recipient: RFC822; kunde@example.de\nAction: delayed\nStatus: 4.2.2",
      originalHeaders: "Message-ID: <outbox-3@bank.example>",
    });
    expect(result).toMatchObject({ kind: "bounce", failedMessageIds: [] });
    expect(result?.signals).toContain("Action: delayed (no recipient failed yet)");
  });

  it.each([
    "MAILER-DAEMON <>",
    "<MAILER-DAEMON>",
    '"Mail Deliver System" <MAILER-DAEMON>',
    "mailer-daemon",
    "<>",
  ])("calls mail from %s a bounce, though it names no domain", (from) => {
    expect(classify(`From: ${from}\nSubject: Mail delivery failed`)?.kind).toBe("bounce");
  });

  it("takes a failure subject as a bounce only on mail already known to be automatic", () => {
    expect(classify("From: anna@example.de\nSubject: Undeliverable: Rechnung")).toBeUndefined();
    expect(
      classify("From: MMSC <sysadmin@mms.example>\nReturn-Path: <>\nSubject: Undeliverable Message"),
    ).toMatchObject({ kind: "bounce", signals: ["Subject: Undeliverable Message", "Return-Path: <>"] });
  });

  it("knows a list's own notice from a member's post to the list", () => {
    const list = "List-Id: <kunden.lists.example.org>\nSubject: Re: Zinsen";
    expect(classify(`From: anna@example.de\n${list}`)).toBeUndefined();
    expect(classify(`From: kunden-owner@lists.example.org\n${list}`)?.kind).toBe("auto-reply");
    expect(classify("From: anna@example.de\nX-List-Administrivia: yes")?.kind).toBe("auto-reply");
  });

  it("calls reports that are no delivery report machine mail, without failing anything", () => {
    const report = classify("From: abuse@isp.example\nIn-Reply-To: <outbox-9@bank.example>", {
      contentType: "multipart/report",
      reportType: "feedback-report",
      feedbackType: "abuse",
    });
    expect(report).toEqual({
      kind: "auto-reply",
      signals: ["multipart/report; report-type=feedback-report", "Feedback-Type: abuse"],
      failedMessageIds: [],
    });
    expect(classify("From: anna@icloud.example\nX-Apple-Action: VACATION")?.signals).toEqual([
      "X-Apple-Action: VACATION",
    ]);
  });
});
