import { z } from "zod";
import { asciiHost } from "../identity/ascii-host.ts";

/** Per field; a reply to more people than this is a mailing, not an answer. */
export const MAX_RECIPIENTS_PER_FIELD = 20;
/** To, Cc and Bcc together: mail servers refuse far more RCPT commands than this per message. */
export const MAX_RECIPIENTS = 40;

export const RECIPIENT_FIELDS = ["to", "cc", "bcc"] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

export const mailboxSchema = z.object({
  address: z
    .string()
    .max(254)
    .refine((value) => checkAddress(value) === value, {
      message: "Not an e-mail address like name@example.de (the domain in its ASCII form)",
    })
    .describe("The address as mail servers route it; an international domain in its ASCII (punycode) form"),
  name: z.string().max(255).optional().describe("The display name shown beside the address"),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

export const mailRecipientsSchema = z
  .object({
    to: z.array(mailboxSchema).max(MAX_RECIPIENTS_PER_FIELD).describe("Who the reply is addressed to"),
    cc: z.array(mailboxSchema).max(MAX_RECIPIENTS_PER_FIELD).describe("Who gets a visible copy"),
    bcc: z
      .array(mailboxSchema)
      .max(MAX_RECIPIENTS_PER_FIELD)
      .describe("Who gets a hidden copy: never named in the mail's headers"),
  })
  .superRefine((recipients, context) => {
    for (const issue of recipientIssues(recipients))
      context.addIssue({ code: "custom", path: [issue.field], message: issue.message });
  })
  .describe("Where an e-mail reply goes");
export type MailRecipients = z.infer<typeof mailRecipientsSchema>;

/**
 * The address as it is sent: the local part as written (servers may treat case as meaningful), the
 * domain in ASCII (IDN labels as punycode, as core's normalize-email does); null when it is none.
 */
export function checkAddress(written: string): string | null {
  const value = written.trim();
  const at = value.lastIndexOf("@");
  if (at <= 0 || value.indexOf("@") !== at) return null;
  const local = value.slice(0, at);
  // RFC 5321's limit; no quoted local parts, which replies never need and which hide tricks.
  if (local.length > 64 || !/^[^\s<>()[\]\\,;:"@]+$/.test(local) || /^\.|\.\.|\.$/.test(local)) return null;
  const domain = asciiHost(value.slice(at + 1));
  if (domain === null) return null;
  const address = `${local}@${domain}`;
  return address.length > 254 ? null : address;
}

export interface ParsedAddressList {
  mailboxes: Mailbox[];
  /** Entries that are no address, as typed, for the message beside the field. */
  invalid: string[];
}

/**
 * A To, Cc or Bcc field as typed: addresses separated by commas, semicolons or new lines, each bare
 * (`anna@example.de`) or with a name (`Anna Schneider <anna@example.de>`, `"Schneider, Anna"
 * <anna@example.de>`). An address given twice is kept once.
 */
export function parseAddressList(text: string): ParsedAddressList {
  const mailboxes: Mailbox[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of splitEntries(text)) {
    const mailbox = parseMailbox(entry);
    if (mailbox === null) {
      invalid.push(entry);
      continue;
    }
    const key = mailbox.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    mailboxes.push(mailbox);
  }
  return { mailboxes, invalid };
}

/** Mailboxes as a field shows them, ready to be edited and parsed again. */
export function formatAddressList(mailboxes: readonly Mailbox[]): string {
  return mailboxes.map(formatMailbox).join(", ");
}

export function formatMailbox(mailbox: Mailbox): string {
  if (mailbox.name === undefined || mailbox.name.trim() === "") return mailbox.address;
  const name = mailbox.name.trim();
  const quoted = /[",;<>@()[\]\\:]/.test(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : name;
  return `${quoted} <${mailbox.address}>`;
}

export const RECIPIENT_ISSUES = ["no_recipient", "too_many", "repeated"] as const;
export type RecipientIssueCode = (typeof RECIPIENT_ISSUES)[number];
export interface RecipientIssue {
  field: RecipientField;
  code: RecipientIssueCode;
  message: string;
}

/** What keeps a set of recipients from being sent; the console words the codes, the API the messages. */
export function recipientIssues(recipients: Record<RecipientField, readonly Mailbox[]>): RecipientIssue[] {
  const issues: RecipientIssue[] = [];
  if (recipients.to.length === 0)
    issues.push({ field: "to", code: "no_recipient", message: "Name at least one recipient in To" });
  const total = recipients.to.length + recipients.cc.length + recipients.bcc.length;
  if (total > MAX_RECIPIENTS)
    issues.push({
      field: "to",
      code: "too_many",
      message: `A reply goes to ${String(MAX_RECIPIENTS)} recipients at most (To, Cc and Bcc together)`,
    });
  const seen = new Set<string>();
  for (const field of RECIPIENT_FIELDS) {
    for (const mailbox of recipients[field]) {
      const key = mailbox.address.toLowerCase();
      if (seen.has(key))
        issues.push({
          field,
          code: "repeated",
          message: `${mailbox.address} is named twice; each recipient goes in one field only`,
        });
      seen.add(key);
    }
  }
  return issues;
}

function parseMailbox(entry: string): Mailbox | null {
  const angled = /^(.*?)<([^<>]*)>\s*$/.exec(entry);
  if (!angled) {
    const address = checkAddress(entry);
    return address === null ? null : { address };
  }
  const address = checkAddress(angled[2] ?? "");
  if (address === null) return null;
  const name = unquote((angled[1] ?? "").trim());
  return name === "" ? { address } : { address, name: name.slice(0, 255) };
}

function unquote(name: string): string {
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"'))
    return name.slice(1, -1).replace(/\\(.)/g, "$1");
  return name;
}

/** Splits at separators outside quotes and angle brackets: `"Schneider, Anna" <a@b.de>` is one entry. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let angled = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\\" && quoted) {
      current += char + text.charAt(i + 1);
      i++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (char === "<" && !quoted) angled = true;
    else if (char === ">" && !quoted) angled = false;
    if (!quoted && !angled && (char === "," || char === ";" || char === "\n")) {
      entries.push(current);
      current = "";
    } else current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
}
