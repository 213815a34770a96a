import { GREETING, SIGN_OFF } from "../../community/question-terms.ts";

/** What a customer wrote themselves: the message body and the signature block under it. */
export interface OwnText {
  /** Without the opening greeting, quoted text and signature. */
  body: string;
  /** From the sign-off line or the "--" delimiter on, up to any quoted text. */
  signature: string;
}

// Where a mail client starts quoting or forwarding: what follows is someone else's text, with their
// addresses and numbers. "Am 3. Juni 2024 um 10:15 schrieb Bank <service@bank.de>:", "On Fri, … wrote:".
const QUOTE_HEADER = /^(am\s.+\sschrieb\b.*:|on\s.+\swrote:)$/i;
const QUOTE_SEPARATOR =
  /^(-{2,}\s*(original message|ursprüngliche nachricht|forwarded message|weitergeleitete nachricht)\s*-{2,}|(begin forwarded message|anfang der weitergeleiteten nachricht):|_{10,})$/i;
// Outlook quotes without a separator line: a "From:" line followed by "Sent:" or "Date:".
const OUTLOOK_FROM = /^(von|from):\s/i;
const OUTLOOK_NEXT = /^(gesendet|sent|datum|date|an|to):\s/i;
const SIGNATURE_DELIMITER = /^(--|—|–)$/;
// Gmail wraps a long "Am … schrieb … <address>:" over two lines; it is never longer than this.
const WRAPPED_HEADER_MAX = 240;
const GREETING_MAX_WORDS = 6;

/** The customer's own text of a message: greeting, quoted and forwarded text cut, the signature apart. */
export function ownText(text: string): OwnText {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const body: string[] = [];
  const signature: string[] = [];
  let inSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (startsQuote(line, lines[i + 1] ?? "")) break;
    if (line.startsWith(">")) continue;
    if (!inSignature && (SIGNATURE_DELIMITER.test(line) || SIGN_OFF.test(line))) inSignature = true;
    if (inSignature) {
      signature.push(line);
      continue;
    }
    const opening = body.every((before) => before === "");
    if (opening && GREETING.test(line) && line.split(/\s+/).length <= GREETING_MAX_WORDS) continue;
    body.push(line);
  }
  return { body: body.join("\n").trim(), signature: signature.join("\n").trim() };
}

function startsQuote(line: string, next: string): boolean {
  if (QUOTE_HEADER.test(line) || QUOTE_SEPARATOR.test(line)) return true;
  if (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next)) return true;
  const joined = `${line} ${next}`;
  return /^(am|on)\s/i.test(line) && joined.length <= WRAPPED_HEADER_MAX && QUOTE_HEADER.test(joined);
}
