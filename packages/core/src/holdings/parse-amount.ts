/**
 * An amount as spreadsheets write it, in minor units (two decimals): "1.234,56" and "-12,5"
 * (German: comma decimal, dots group thousands), "1234.56" and "1,234.56" are not mixed up:
 * a comma present is the decimal mark unless dots follow it; a lone dot before three digits groups
 * thousands ("1.234" is 1234), before one or two digits it is the decimal mark.
 */
export function parseAmountMinor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0']/g, "");
  const sign = compact.startsWith("-") ? -1 : 1;
  const unsigned = compact.replace(/^[-+]/, "");
  let whole: string;
  let fraction = "";
  if (/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(unsigned) || /^\d+(,\d{1,2})?$/.test(unsigned)) {
    [whole = "", fraction = ""] = unsigned.replace(/\./g, "").split(",");
  } else if (/^\d{1,3}(,\d{3})*(\.\d{1,2})?$/.test(unsigned) || /^\d+(\.\d{1,2})?$/.test(unsigned)) {
    [whole = "", fraction = ""] = unsigned.replace(/,/g, "").split(".");
  } else return null;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? sign * minor : null;
}
