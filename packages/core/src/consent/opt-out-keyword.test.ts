import { describe, expect, it } from "vitest";
import { detectOptOut } from "./opt-out-keyword.ts";

const everything = { purposes: ["service", "marketing"] };

describe("detectOptOut", () => {
  it.each([
    "stop",
    "STOP",
    "Stop.",
    "Stopp!",
    "abmelden",
    "Abmelden bitte",
    "Bitte abmelden!",
    "unsubscribe",
    "Unsubscribe please",
    "Keine Nachrichten mehr",
    "Bitte keine Nachrichten mehr, danke.",
    "  stop  \n",
    "STOP 🛑",
  ])("takes %j as an opt-out from every message on the channel", (text) => {
    expect(detectOptOut({ text })).toEqual(everything);
  });

  it.each(["Keine Werbung mehr", "keine Werbung, bitte", "No marketing please"])(
    "takes %j as an opt-out from marketing only",
    (text) => {
      expect(detectOptOut({ text })).toEqual({ purposes: ["marketing"] });
    },
  );

  it.each([
    "Wie kann ich die Lastschrift stoppen?",
    "Stop! Ich habe noch eine Frage zu meiner Karte.",
    "Bitte stoppen Sie die Überweisung von gestern",
    "Ich kann mich im Onlinebanking nicht abmelden",
    "Wie kann ich mich vom Newsletter abmelden?",
    "The unsubscribe link in your mail is broken",
    "Stopp die Karte, sie wurde gestohlen",
    "keine Nachrichten mehr von meinem Mann an mich weiterleiten",
    "bitte",
    "danke",
    "",
  ])("does not take %j as an opt-out", (text) => {
    expect(detectOptOut({ text })).toBeNull();
  });

  it("reads only the customer's own words above a quoted mail", () => {
    const text = "STOP\n\nAm 3. Dezember 2026 schrieb Emma Bank:\n> Ihre Karte ist unterwegs";
    expect(detectOptOut({ text })).toEqual(everything);
    const question = "Wann kommt sie?\n\nAm 3. Dezember 2026 schrieb Emma Bank:\n> Abmelden";
    expect(detectOptOut({ text: question })).toBeNull();
  });

  it("ignores a signature below the command", () => {
    expect(detectOptOut({ text: "Abmelden\n-- \nMax Muster\nSent from my phone" })).toEqual(everything);
  });

  it("reads the subject of a mail with no words of its own", () => {
    expect(detectOptOut({ text: "", subject: "Abmelden" })).toEqual(everything);
    expect(detectOptOut({ text: "\n> quoted", subject: "AW: unsubscribe" })).toEqual(everything);
    expect(detectOptOut({ text: "Hallo, meine Karte?", subject: "Abmelden" })).toBeNull();
    expect(detectOptOut({ text: "", subject: "Abmelden vom Onlinebanking klappt nicht" })).toBeNull();
  });
});
