import { describe, expect, it } from "vitest";
import { writtenIdentifiers } from "./written-identifiers.ts";

const mail = (...lines: string[]) => lines.join("\n");

describe("writtenIdentifiers", () => {
  it("finds what a German customer names in a mail and its signature", () => {
    const text = mail(
      "Sehr geehrte Damen und Herren,",
      "",
      "meine Kundennummer ist k-1185767. Am 03.06.2024 wurden mir 1.250,00 € vom Konto",
      "DE89 3704 0044 0532 0130 00 abgebucht, die Rechnung Nr. 2024-0815 kenne ich nicht.",
      "Bitte rufen Sie mich unter 0171 2345678 zurück oder schreiben Sie an Anna.Schneider@GMX.de.",
      "",
      "Mit freundlichen Grüßen",
      "Anna Schneider",
      "Tel. (030) 123 456 78",
      "@Anna_Schneid85",
    );
    expect(writtenIdentifiers(text, "DE")).toEqual([
      { kind: "email", value: "anna.schneider@gmx.de" },
      { kind: "iban", value: "DE89370400440532013000" },
      { kind: "customer-number", value: "K-1185767" },
      { kind: "x-handle", value: "anna_schneid85" },
      { kind: "phone", value: "+491712345678" },
      { kind: "phone", value: "+493012345678" },
    ]);
  });

  it("finds what an English customer names, with an unspaced lower-case IBAN and a customer ID", () => {
    const text = mail(
      "Hi,",
      "my customer ID: 88123-B, and the money went to gb82westxxxx wrong, my own account is",
      "gb82west12345698765432. You can call me on +44 20 7946 0958 after 5pm.",
      "I paid 250.00 GBP on 2024-06-03 and again on 12/06/2024.",
      "",
      "Best regards",
      "John Miller",
      "X: @JMiller_UK",
    );
    expect(writtenIdentifiers(text, "GB")).toEqual([
      { kind: "iban", value: "GB82WEST12345698765432" },
      { kind: "customer-number", value: "88123-B" },
      { kind: "x-handle", value: "jmiller_uk" },
      { kind: "phone", value: "+442079460958" },
    ]);
  });

  it("ignores quoted replies, forwarded mail and the bank's own addresses in them", () => {
    const text = mail(
      "Das stimmt so nicht, bitte prüfen.",
      "",
      "Am Mo., 3. Juni 2024 um 10:15 Uhr schrieb Sparkasse Musterstadt <",
      "service@sparkasse-musterstadt.de>:",
      "> Ihre Kundennummer 99887766 wurde gesperrt. Rückfragen unter 030 98765432.",
      "> IBAN DE89 3704 0044 0532 0130 00",
    );
    expect(writtenIdentifiers(text, "DE")).toEqual([]);

    const forwarded = mail(
      "Siehe unten, das kam heute.",
      "---------- Weitergeleitete Nachricht ---------",
      "Von: Paketdienst <info@paket.example>",
      "Sendungsnummer 00340434161094042557, Hotline 0800 1234567",
    );
    expect(writtenIdentifiers(forwarded, "DE")).toEqual([]);

    const outlook = mail(
      "Please see below.",
      "-----Original Message-----",
      "From: Support <help@bank.example>",
      "Sent: Monday, June 3, 2024 10:15",
      "Your customer number is 55667788.",
    );
    expect(writtenIdentifiers(outlook, "DE")).toEqual([]);
    expect(
      writtenIdentifiers("Danke!\n> Call us on +49 30 12345678\nOn Mon, Jun 3, 2024 Support wrote:\nx", "DE"),
    ).toEqual([]);
  });

  it("takes no amount, date, year, order number or time for a phone number", () => {
    const text = mail(
      "Am 03.06.2024 um 10:15 Uhr habe ich 0301234,50 EUR überwiesen, Bestellnummer 0301234567,",
      "Vertrag Nr. 04012345678, Betrag 089123456, seit 2019, Datum 2024-06-03, Rechnung 1/2024.",
      "Die Überweisung über 1.000 € (Ref. 0123456789) kam nicht an, Uhrzeit 09:30-10:00.",
    );
    expect(writtenIdentifiers(text, "DE")).toEqual([]);
    expect(writtenIdentifiers("Meine Handynummer: 0171/2345678, Telefon 089 / 123 456-0", "DE")).toEqual([
      { kind: "phone", value: "+491712345678" },
      { kind: "phone", value: "+49891234560" },
    ]);
  });

  it("takes a customer number only after a cue, with a digit and 4 to 20 characters", () => {
    const found = (text: string) => writtenIdentifiers(text, "DE").map((item) => item.value);
    expect(found("Kunden-Nr. 4711-0815")).toEqual(["4711-0815"]);
    expect(found("Kd.-Nr.: AB12345")).toEqual(["AB12345"]);
    expect(found("KdNr 123456, Kundennr 654321")).toEqual(["123456", "654321"]);
    expect(found("Meine Kundennummer lautet: 1234567")).toEqual(["1234567"]);
    expect(found("customer no. 98765 and customer number is 11111")).toEqual(["98765", "11111"]);
    expect(found("Die Vertragsnummer 1234567 und Auftrag 7654321")).toEqual([]);
    expect(found("Kundennummer habe ich nicht zur Hand")).toEqual([]);
    expect(found("Kundennummer 123")).toEqual([]);
  });

  it("takes an X handle after a cue or as a link, and a bare @handle only in the signature", () => {
    const found = (text: string) =>
      writtenIdentifiers(text, "DE")
        .filter((item) => item.kind === "x-handle")
        .map((item) => item.value);
    expect(found("Ich habe @SparkasseHilft schon geschrieben, ohne Antwort.")).toEqual([]);
    expect(found("Mein Twitter: @Felix_Lueders")).toEqual(["felix_lueders"]);
    expect(found("Twitter: @a_very_long_handle_16, Schreib mir auf X @anna_s")).toEqual([]);
    expect(found("siehe https://x.com/Felix_Lueders/status/1799 und twitter.com/home")).toEqual([
      "felix_lueders",
    ]);
    expect(found("Text\n--\nFelix Lüders\n@felix_l · felix@lueders.de")).toEqual(["felix_l"]);
    expect(found("Text\n\nViele Grüße\nFelix\nfelix_l@web.de")).toEqual([]);
  });

  it("keeps each identifier once and needs a valid IBAN and a valid number", () => {
    const text = mail(
      "IBAN DE89370400440532013000, nochmal: de89 3704 0044 0532 0130 00.",
      "Falsch wäre DE89370400440532013001. Handy 0171 2345678, also +49 171 2345678.",
      "Ungültig: +1 123 456 7890 und +44 20 1234.",
    );
    expect(writtenIdentifiers(text, "DE")).toEqual([
      { kind: "iban", value: "DE89370400440532013000" },
      { kind: "phone", value: "+491712345678" },
    ]);
  });

  it("reads only international numbers when the default country is unknown", () => {
    expect(writtenIdentifiers("0171 2345678 oder +49 30 12345678", "ZZ")).toEqual([
      { kind: "phone", value: "+493012345678" },
    ]);
  });
});
