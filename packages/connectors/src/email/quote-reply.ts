export interface QuotedMessage {
  authorName?: string | undefined;
  occurredAt: Date;
  text: string;
}

/** Quoted history beyond this is cut: the thread is in Emma, and mail servers cap message sizes. */
const MAX_QUOTED_CHARS = 20_000;

const ATTRIBUTION = {
  de: (when: string, who: string) => `Am ${when} schrieb ${who}:`,
  en: (when: string, who: string) => `On ${when}, ${who} wrote:`,
} as const;

/**
 * An email reply as people expect it: the answer on top, then the message it answers, quoted with
 * "> " under an attribution line in the customer's language and the desk's time zone.
 */
export function withQuotedHistory(
  reply: string,
  quoted: QuotedMessage | undefined,
  locale: "de" | "en",
  timeZone = "Europe/Berlin",
): string {
  if (!quoted || quoted.text.trim() === "") return reply;
  const { attribution, text } = quoteParts(quoted, locale, timeZone);
  const lines = text
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .map((line) => (line.startsWith(">") ? `>${line}` : line === "" ? ">" : `> ${line}`));
  return `${reply.trimEnd()}\n\n${attribution}\n${lines.join("\n")}\n`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/** The HTML part of a formatted reply with the same quoted history as its text part, as a blockquote. */
export function withQuotedHtml(
  html: string,
  quoted: QuotedMessage | undefined,
  locale: "de" | "en",
  timeZone = "Europe/Berlin",
): string {
  if (!quoted || quoted.text.trim() === "") return html;
  const { attribution, text } = quoteParts(quoted, locale, timeZone);
  const body = escapeHtml(text.replace(/\r\n?/g, "\n").trimEnd()).replace(/\n/g, "<br>\n");
  return `${html}\n<p>${escapeHtml(attribution)}</p>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${body}</blockquote>`;
}

function quoteParts(quoted: QuotedMessage, locale: "de" | "en", timeZone: string) {
  const when = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(quoted.occurredAt);
  const who = quoted.authorName?.trim() || (locale === "de" ? "Sie" : "you");
  const text =
    quoted.text.length > MAX_QUOTED_CHARS ? `${quoted.text.slice(0, MAX_QUOTED_CHARS)}\n[…]` : quoted.text;
  return { attribution: ATTRIBUTION[locale](when, who), text };
}
