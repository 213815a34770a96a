import { describe, expect, it } from "vitest";
import type { CustomerExport, ExportedItem } from "./export-schema.ts";
import { renderExportHtml } from "./render-export-html.ts";

const base: CustomerExport = {
  schemaVersion: 1,
  generatedAt: "2026-03-01T12:00:00.000Z",
  language: "de",
  customer: {
    id: "11111111-1111-4111-8111-111111111111",
    displayName: "Anna Berger",
    locale: "de",
    customerNumber: "K-100",
    recordName: "Anna Berger",
    birthDate: "1985-03-07",
    postalAddress: {
      street: "Lindenweg",
      houseNumber: "3",
      postalCode: "80331",
      city: "München",
      country: "DE",
    },
    tags: [],
    createdAt: "2025-01-02T08:00:00.000Z",
    mergedInto: null,
    erasedAt: null,
  },
  mergedRecords: [],
  identities: [],
  holdings: [],
  consents: [],
  conversations: [],
  access: [],
};

function item(overrides: Partial<ExportedItem>): ExportedItem {
  return {
    id: "22222222-2222-4222-8222-222222222222",
    kind: "message",
    channel: "email",
    direction: "inbound",
    occurredAt: "2026-02-10T09:30:00.000Z",
    author: "Anna Berger",
    subject: null,
    text: "",
    attachments: [],
    call: null,
    forum: null,
    redacted: false,
    ...overrides,
  };
}

function withItems(...items: ExportedItem[]): CustomerExport {
  return {
    ...base,
    conversations: [
      {
        id: "33333333-3333-4333-8333-333333333333",
        channel: "email",
        subject: "Kündigung",
        status: "open",
        createdAt: "2026-02-10T09:30:00.000Z",
        items,
      },
    ],
  };
}

describe("the readable export document", () => {
  it("shows a customer's text as text: markup in a message cannot run or style the document", () => {
    const html = renderExportHtml(
      withItems(
        item({
          text: `<script>alert(1)</script><img src="https://evil.example/x.png">`,
          subject: `"Fwd" & <b>`,
        }),
      ),
      "Europe/Berlin",
    );
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;Fwd&quot; &amp; &lt;b&gt;");
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(src|href)=/);
  });

  it("speaks the export's language, with times in the desk's time zone", () => {
    const german = renderExportHtml(withItems(item({ text: "Hallo" })), "Europe/Berlin");
    expect(german).toContain('<html lang="de">');
    expect(german).toContain("Auskunft über gespeicherte Daten");
    expect(german).toContain("10.02.2026, 10:30");
    const english = renderExportHtml(
      { ...withItems(item({ text: "Hello" })), language: "en" },
      "Europe/London",
    );
    expect(english).toContain("Your data: access report");
    expect(english).toContain("10 Feb 2026, 09:30");
    expect(english).toContain("Message (Email) · from you · Anna Berger");
    expect(english).not.toContain("Auskunft");
  });

  it("lists a call's numbers, talk time and the recording's address", () => {
    const html = renderExportHtml(
      withItems(
        item({
          kind: "call",
          channel: "phone",
          call: {
            status: "completed",
            from: "+4930123456",
            to: "+4940999",
            durationSeconds: 125,
            recordingUrl: "https://pbx.example/rec/1.mp3",
          },
        }),
      ),
      "Europe/Berlin",
    );
    expect(html).toContain("Anruf (Telefon) · von Ihnen");
    expect(html).toContain("Von: +4930123456");
    expect(html).toContain("Dauer: 2:05");
    expect(html).toContain("Aufzeichnung: https://pbx.example/rec/1.mp3");
  });

  it("names an attachment with its type and size, and where its file lies in the ZIP or that it is missing", () => {
    const html = renderExportHtml(
      withItems(
        item({
          attachments: [
            {
              filename: "Vertrag.pdf",
              contentType: "application/pdf",
              size: 2048,
              file: "attachments/a/Vertrag.pdf",
              absence: null,
            },
            {
              filename: "foto.jpg",
              contentType: "image/jpeg",
              size: 10,
              file: null,
              absence: "fetch_failed",
            },
          ],
        }),
      ),
      "Europe/Berlin",
    );
    expect(html).toContain("Vertrag.pdf (application/pdf, 2048 B) — attachments/a/Vertrag.pdf");
    expect(html).toContain("foto.jpg (image/jpeg, 10 B) — Datei nicht enthalten");
  });

  it("shows the system of record's date of birth and postal address of the person", () => {
    const html = renderExportHtml(base, "Europe/Berlin");
    expect(html).toContain("<th>Geburtsdatum</th>");
    expect(html).toContain("1985-03-07");
    expect(html).toContain("Lindenweg 3, 80331 München, DE");
  });

  it("says so when a section has nothing, instead of an empty table", () => {
    const html = renderExportHtml(base, "Europe/Berlin");
    expect(html).not.toContain("<th>Zweck</th>");
    expect(html.match(/Keine Einträge\./g)?.length).toBe(5);
  });
});
