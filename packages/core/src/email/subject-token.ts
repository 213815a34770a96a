import { base32Decode } from "./base32.ts";
import { bytesToHex } from "./hex.ts";

// "[#EM-K3JQ2M7A]": the first 8 characters of the reply token, i.e. the first 40 bits of the
// conversation id. A hint only (mail clients keep the subject, but people edit it); the reply
// address is the strong clue.
const REF_LENGTH = 8;
const TOKEN_PATTERN = /\s*\[#EM-([a-z2-7]{8})\]/gi;

function refOf(token: string): string {
  return token.slice(0, REF_LENGTH).toUpperCase();
}

/** Appends ` [#EM-<ref>]` once; an older token of another conversation is replaced, not kept. */
export function subjectWithToken(subject: string, token: string): string {
  const tag = `[#EM-${refOf(token)}]`;
  const bare = subject.replace(TOKEN_PATTERN, "").trim();
  return bare === "" ? tag : `${bare} ${tag}`;
}

/** The ref of the last `[#EM-…]` in the subject, lower-cased, or undefined. */
export function subjectTokenOf(subject: string | undefined): string | undefined {
  if (subject === undefined) return undefined;
  let last: string | undefined;
  for (const match of subject.matchAll(TOKEN_PATTERN)) last = match[1];
  return last?.toLowerCase();
}

/**
 * What the conversation's uuid text starts with for a subject ref (`xxxxxxxx-xx`): 8 base32
 * characters are exactly 5 bytes, so the API can look it up with `id::text like '<prefix>%'`.
 */
export function conversationIdPrefixOfSubjectToken(ref: string): string | undefined {
  if (!/^[a-z2-7]{8}$/i.test(ref)) return undefined;
  const bytes = base32Decode(ref);
  if (bytes?.length !== 5) return undefined;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8)}`;
}
