import { describe, expect, it } from "vitest";
import { ownText } from "./mail-parts.ts";

describe("ownText", () => {
  it("splits body and signature at a sign-off and drops the greeting", () => {
    const text = "Hallo Frau Schmidt,\n\nmeine Karte ist gesperrt.\n\nViele Grüße\nAnna\n@anna_s";
    expect(ownText(text)).toEqual({
      body: "meine Karte ist gesperrt.",
      signature: "Viele Grüße\nAnna\n@anna_s",
    });
  });

  it("starts the signature at the -- delimiter and ends everything at a quote header", () => {
    const text = "Thanks for the quick reply.\n-- \nJohn\nOn Mon, 3 Jun 2024, Support wrote:\n> Dear John";
    expect(ownText(text)).toEqual({ body: "Thanks for the quick reply.", signature: "--\nJohn" });
  });

  it("cuts an Outlook quote that has no separator line", () => {
    const text = "Siehe unten.\nVon: Bank <info@bank.example>\nGesendet: Montag, 3. Juni 2024 10:15\nText";
    expect(ownText(text)).toEqual({ body: "Siehe unten.", signature: "" });
  });

  it("keeps a line that merely begins with 'Am' or 'Von:' in prose", () => {
    const text = "Am Montag war ich in der Filiale.\nVon: meinem Konto ging nichts ab.\nDanach nichts.";
    expect(ownText(text).body).toBe(text);
  });
});
