import { base32Decode, base32Encode } from "./base32.ts";
import { bytesToHex, hexToBytes } from "./hex.ts";

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** 16 bytes in base32 are 26 characters. */
const TOKEN = /^[a-z2-7]{26}$/i;
// Sub-address after "+": "r-" keeps our tokens apart from tags the mailbox owner may use themselves.
const TOKEN_IN_ADDRESS = /\+r-([a-z2-7]{26})@/i;

/**
 * The opaque token that routes an answer to its conversation: the conversation's uuid bytes in
 * base32, so it round-trips without a lookup table. Throws for an id that is not a uuid.
 */
export function replyTokenFor(conversationId: string): string {
  const trimmed = conversationId.trim();
  if (!UUID.test(trimmed)) throw new Error(`"${conversationId}" is not a conversation id (a uuid)`);
  return base32Encode(hexToBytes(trimmed.replaceAll("-", "")));
}

/** The conversation id (lower-case uuid) a token stands for, or undefined for anything else. */
export function conversationIdOfReplyToken(token: string): string | undefined {
  if (!TOKEN.test(token)) return undefined;
  const bytes = base32Decode(token);
  if (bytes?.length !== 16) return undefined;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `service@bank.example` + token → `service+r-<token>@bank.example` (plus addressing, RFC 5233). */
export function replyAddress(mailbox: string, token: string): string {
  const at = mailbox.lastIndexOf("@");
  if (at <= 0) throw new Error(`"${mailbox}" is not a mailbox address`);
  return `${mailbox.slice(0, at)}+r-${token.toLowerCase()}${mailbox.slice(at)}`;
}

/** The first reply token found in these recipient addresses (To, Cc, Delivered-To …), lower-cased. */
export function replyTokenFromAddresses(addresses: readonly string[]): string | undefined {
  for (const address of addresses) {
    const token = TOKEN_IN_ADDRESS.exec(address)?.[1]?.toLowerCase();
    if (token !== undefined && conversationIdOfReplyToken(token) !== undefined) return token;
  }
  return undefined;
}
