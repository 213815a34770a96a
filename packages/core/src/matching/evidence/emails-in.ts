import { isEmail } from "../../channel/validator-checks.ts";
import { normalizeEmail } from "../../identity/normalize-email.ts";
import type { FoundSpan } from "./found-span.ts";

// Cut generously (a "mailto:" or "<" before, punctuation after), then validated.
const CANDIDATE = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;

/** E-mail addresses in a text, normalized as an e-mail identity is (lower case, ASCII domain). */
export function emailsIn(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const address = match[0].replace(/[.!?]+$/, "");
    if (!isEmail(address)) continue;
    const result = normalizeEmail({ kind: "email", value: address });
    if (!result.ok) continue;
    found.push({ value: result.identity.value, start: match.index, end: match.index + address.length });
  }
  return found;
}
