import type { FoundSpan } from "./found-span.ts";

// X's rule for user names: 1–15 letters, digits or underscores.
const HANDLE = "[A-Za-z0-9_]{1,15}";
// "Twitter: @anna_s", "X: anna_s", "Twitter/X: @anna_s": the cue names the account.
const NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:twitter|x)(?:\\s*/\\s*(?:twitter|x))?\\s*:\\s*@?(${HANDLE})(?![\\w@.-])`,
  "giu",
);
// twitter.com/anna_s, https://x.com/anna_s/status/… : the first path segment is the account.
const LINK = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:https?://)?(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/@?(${HANDLE})(?!\\w)`,
  "giu",
);
// A bare @handle, taken only in a signature: in prose it is as likely someone else's account.
// Never the local part of an e-mail address: nothing word-like before the @ and no @ after.
const BARE = new RegExp(`(?<![\\p{L}\\p{N}_@.+-])@(${HANDLE})(?![\\w@])(?!\\.[A-Za-z])`, "gu");
// Paths of the site, not accounts.
const SITE_PATHS = new Set([
  "home",
  "i",
  "intent",
  "share",
  "search",
  "hashtag",
  "explore",
  "settings",
  "messages",
  "notifications",
  "login",
  "signup",
  "tos",
  "privacy",
]);

/**
 * X handles a customer names as theirs: after a cue or as a link anywhere in their own text, as a
 * bare @handle only in their signature. Lower case, without the @.
 */
export function xHandlesIn(text: string, signatureStart: number): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const pattern of [NAMED, LINK]) {
    for (const match of text.matchAll(pattern)) {
      const handle = match[1] ?? "";
      if (pattern === LINK && SITE_PATHS.has(handle.toLowerCase())) continue;
      found.push(span(match.index + match[0].length, handle));
    }
  }
  for (const match of text.slice(signatureStart).matchAll(BARE)) {
    found.push(span(signatureStart + match.index + match[0].length, match[1] ?? ""));
  }
  return found;
}

function span(end: number, handle: string): FoundSpan {
  return { value: handle.toLowerCase(), start: end - handle.length, end };
}
