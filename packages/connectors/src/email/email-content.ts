import { headerValue, htmlToText, splitHeaderAndBody } from "@emma/core";
import type { ParsedMail } from "mailparser";
import type { MailStructure } from "./mail-structure.ts";

// InboundMessage limits. Longer content is cut and flagged; the raw mail keeps all of it.
const MAX_SUBJECT = 998;
const MAX_TEXT = 1_000_000;
const MAX_HTML = 5_000_000;

export interface EmailContent {
  subject?: string;
  text: string;
  html?: string;
}

/** Subject, text and raw HTML; for HTML-only mail the text is core's rendering of the HTML. */
export function contentOf(
  mail: ParsedMail | undefined,
  raw: Buffer,
  structure: MailStructure,
  warnings: string[],
): EmailContent {
  for (const charset of structure.charsets) {
    if (!knownCharset(charset)) warnings.push(`unknown charset ${JSON.stringify(charset.slice(0, 40))}`);
  }
  // Without mailparser's reading, the undecoded body is still better than nothing.
  const subject = mail ? mail.subject : headerValue(structure.headers, "subject");
  const html = mail && typeof mail.html === "string" && mail.html.trim() !== "" ? mail.html : undefined;
  let text = mail ? (mail.text ?? "") : splitHeaderAndBody(raw.toString("utf8")).body;
  if (text.trim() === "" && html !== undefined) text = htmlToText(html);
  const content: EmailContent = { text: cut(text, MAX_TEXT, "text", warnings) };
  const trimmedSubject = subject?.replace(/[\r\n]+/g, " ").trim();
  if (trimmedSubject) content.subject = cut(trimmedSubject, MAX_SUBJECT, "subject", warnings);
  if (html !== undefined) content.html = cut(html, MAX_HTML, "html", warnings);
  for (const [field, value] of [
    ["subject", content.subject],
    ["text", content.text],
  ] as const) {
    if (value?.includes("\uFFFD")) warnings.push(`undecodable characters in the ${field}`);
  }
  return content;
}

function cut(value: string, max: number, field: string, warnings: string[]): string {
  if (value.length <= max) return value;
  warnings.push(`${field} cut to ${max} characters (was ${value.length})`);
  return value.slice(0, max);
}

/** Whether a charset label is one the decoders know (the WHATWG Encoding list; mailparser knows more). */
function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
