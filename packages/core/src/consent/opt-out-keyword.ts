import type { ContactPurpose } from "./consent-record.ts";

/**
 * Whether an inbound message is the customer's own opt-out on its channel, and from what.
 *
 * The rule: only a message whose own words (above any quoted mail or signature) are nothing but an
 * opt-out command, give or take "bitte"/"please"/"danke" and punctuation, is one; an e-mail with no
 * words of its own may say it in its subject ("Abmelden"). A message that merely contains such a
 * word ("Wie kann ich die Lastschrift stoppen?", "Ich kann mich nicht abmelden") is a question for
 * an agent, never an opt-out: a false withdrawal would silence the answer the customer waits for.
 *
 * "STOP", "abmelden", "keine Nachrichten mehr" and the like object to every message on that
 * channel (Art. 21 GDPR), service replies included, as text-message "STOP" does everywhere: the
 * customer cannot be expected to know which of our messages count as service. "Keine Werbung"
 * and the like withdraw marketing only.
 */
export function detectOptOut(message: { text: string; subject?: string | null }): OptOut | null {
  const own = ownWords(message.text);
  const words = own === "" && message.subject ? withoutReplyPrefix(normalize(message.subject)) : own;
  if (words === "") return null;
  if (EVERYTHING.has(words)) return { purposes: ["service", "marketing"] };
  if (MARKETING.has(words)) return { purposes: ["marketing"] };
  return null;
}

export interface OptOut {
  /** What the customer objected to on the message's channel. */
  purposes: ContactPurpose[];
}

const EVERYTHING: ReadonlySet<string> = new Set([
  "stop",
  "stopp",
  "stop all",
  "stopall",
  "unsubscribe",
  "opt out",
  "optout",
  "abmelden",
  "abbestellen",
  "austragen",
  "keine nachrichten",
  "keine nachrichten mehr",
  "keine mails mehr",
  "keine e mails mehr",
  "keine sms mehr",
  "nicht mehr kontaktieren",
  "no more messages",
  "do not contact me",
  "dont contact me",
]);

const MARKETING: ReadonlySet<string> = new Set([
  "keine werbung",
  "keine werbung mehr",
  "keine angebote mehr",
  "no marketing",
  "no more marketing",
  "no advertising",
]);

const POLITE = ["bitte", "please", "danke", "vielen dank", "thanks", "thank you", "pls"];

/** The message's own text: above the first quoted line, reply header or signature delimiter. */
function ownWords(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (QUOTE_STARTS.some((start) => start.test(line))) break;
    lines.push(line);
  }
  return normalize(lines.join(" "));
}

const QUOTE_STARTS: readonly RegExp[] = [
  /^\s*>/,
  /^-- ?$/,
  /^\s*(am|on)\s.+(schrieb|wrote)/i,
  /^\s*-+\s*(original|ursprüngliche)/i,
  /^\s*(von|from):\s/i,
];

/** Lower case, only letters, digits and single spaces, without politeness at either end. */
function normalize(text: string): string {
  let words = text
    .normalize("NFKC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const polite of POLITE) {
      if (words === polite) return "";
      if (words.startsWith(`${polite} `)) {
        words = words.slice(polite.length + 1);
        changed = true;
      }
      if (words.endsWith(` ${polite}`)) {
        words = words.slice(0, -polite.length - 1);
        changed = true;
      }
    }
  }
  return words;
}

function withoutReplyPrefix(subject: string): string {
  return subject.replace(/^((re|aw|wg|fw|fwd)\s)+/, "");
}
