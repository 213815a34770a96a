import { parseUrl } from "./parse-url.ts";

// RFC 3966-ish: digits, a leading +, and the visual separators people paste.
const PHONE = /^\+?[0-9][0-9 ()./-]{2,30}$/;
// One address, no header tricks (?cc=, ?body= could prefill a mail the agent did not write).
const MAILTO = /^[^\s@?#&,;:]+@[^\s@?#&,;:]+\.[^\s@?#&,;:]+$/;

/**
 * What the OS may open for a link in a customer's message: https pages, one mail address, one
 * phone number. No http (could be downgraded), no file:, no custom schemes that launch programs,
 * no credentials in the URL.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  switch (parsed.protocol) {
    case "https:":
      return parsed.hostname.length > 0 && !parsed.username && !parsed.password;
    case "mailto:":
      return MAILTO.test(decodeSafely(parsed.pathname)) && parsed.search === "" && parsed.hash === "";
    case "tel:":
      return PHONE.test(decodeSafely(parsed.pathname)) && parsed.search === "" && parsed.hash === "";
    default:
      return false;
  }
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
