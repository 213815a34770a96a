import { createHash } from "node:crypto";
import { headerValue, messageIdsIn, parseHeaderBlock, splitHeaderAndBody } from "@emma/core";

const MAX_KEY = 512;

/** The id of a mail without a usable Message-ID: its bytes' digest, prefixed so it reads as what it is. */
export function digestIdOf(raw: Buffer): string {
  return `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

/**
 * The key one mail is stored under once, wherever it came from (IMAP, an mbox or .eml import): its
 * normalized Message-ID, else the digest of its bytes; the same as the message's externalId. Not
 * the IMAP UID: UIDs change when the server resets UIDVALIDITY, and the mail must not come twice.
 */
export function dedupeKeyOf(raw: Buffer): string {
  const { header } = splitHeaderAndBody(headerBytes(raw).toString("latin1"));
  const messageId = messageIdsIn(headerValue(parseHeaderBlock(header), "message-id"))[0];
  return messageId !== undefined && messageId.length <= MAX_KEY ? messageId : digestIdOf(raw);
}

/** Only the header is needed, and a mail can be 25 MB. */
function headerBytes(raw: Buffer): Buffer {
  const ends = [raw.indexOf("\n\n"), raw.indexOf("\r\n\r\n")].filter((index) => index >= 0);
  return ends.length === 0 ? raw : raw.subarray(0, Math.min(...ends) + 2);
}
