import { createHash } from "node:crypto";

/** The id of a mail without a usable Message-ID: its bytes' digest, prefixed so it reads as what it is. */
export function digestIdOf(raw: Buffer): string {
  return `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

/**
 * The key one mail is stored under once, wherever it came from (IMAP, an mbox or .eml import): the
 * digest of its bytes. The same mail polled or imported again is the same bytes; two different mails
 * that a broken mailer gave one Message-ID are two mails. Not the IMAP UID either: UIDs change when
 * the server resets UIDVALIDITY, and the mail must not come twice.
 */
export function dedupeKeyOf(raw: Buffer): string {
  return digestIdOf(raw);
}
