/**
 * German IBANs: "DE", two check digits, the 8-digit bank code (BLZ) and a 10-digit account number.
 * Check digits per ISO 13616 / ISO 7064 mod 97-10.
 */

/** The BLZ of the textbook example IBAN DE89 3704 0044 0532 0130 00, used for every demo account. */
export const DEMO_BANK_CODE = "37040044";

/** Letters become 10..35 and the country + check digits move to the end; valid IBANs give 1. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function germanIban(accountNumber: string, bankCode: string = DEMO_BANK_CODE): string {
  if (!/^\d{8}$/.test(bankCode) || !/^\d{1,10}$/.test(accountNumber)) {
    throw new RangeError(`not a German bank code / account number: ${bankCode} ${accountNumber}`);
  }
  const bban = bankCode + accountNumber.padStart(10, "0");
  const check = 98 - mod97(`${bban}DE00`);
  return `DE${String(check).padStart(2, "0")}${bban}`;
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00", as printed on statements. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}
