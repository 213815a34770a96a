// German transliteration first (ü → ue, not u), then strip what remains of accents.
const GERMAN: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
};
const OTHER: Readonly<Record<string, string>> = { ı: "i", İ: "I", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d" };

/** "Jürgen Weiß" → "Juergen Weiss", "Yılmaz" → "Yilmaz": what people type into usernames and addresses. */
export function toAscii(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (char) => GERMAN[char] ?? char)
    .replace(/[ıİłŁøØđ]/g, (char) => OTHER[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** Lower-case ASCII letters and digits only: "O'Connor-Smith" → "oconnorsmith". */
export function slug(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
