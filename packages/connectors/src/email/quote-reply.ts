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
  const when = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(quoted.occurredAt);
  const who = quoted.authorName?.trim() || (locale === "de" ? "Sie" : "you");
  const text =
    quoted.text.length > MAX_QUOTED_CHARS ? `${quoted.text.slice(0, MAX_QUOTED_CHARS)}\n[…]` : quoted.text;
  const lines = text
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .map((line) => (line.startsWith(">") ? `>${line}` : line === "" ? ">" : `> ${line}`));
  return `${reply.trimEnd()}\n\n${ATTRIBUTION[locale](when, who)}\n${lines.join("\n")}\n`;
}
