import type { Snippet } from "../contracts/search.ts";
import { foldWithSources, type FoldedText } from "./fold.ts";

/**
 * Private-use characters that cannot be confused with markup: the database's ts_headline puts them
 * around matches (StartSel/StopSel), `splitMarked` turns them into segments. Texts are stripped of
 * them before they are marked.
 */
export const MARK_START = "\uE000";
export const MARK_STOP = "\uE001";

/** Text with MARK_START … MARK_STOP around matches, as segments; stray markers are dropped. */
export function splitMarked(marked: string): Snippet {
  const segments: Snippet = [];
  let match = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) match = true;
    else if (part === MARK_STOP) match = false;
    else push(segments, part, match);
  }
  return segments;
}

/** Where a search key of `text` finds `needle`, marked in the original text. */
export type KeyOf = (text: string) => FoldedText;

/** Letters and digits only, folded: how references and phone numbers are compared. */
export const compactKey: KeyOf = (text) => keep(foldWithSources(text), /[\p{L}\p{N}]/u);
export const digitsKey: KeyOf = (text) => keep(foldWithSources(text), /\d/);
export const foldedKey: KeyOf = foldWithSources;

/**
 * `text` with the first place its key contains `needle` marked (for "Mueller", the "Müller" in
 * "Anna Müller"); unmarked when it does not.
 */
export function markFirst(text: string, needle: string, keyOf: KeyOf): Snippet {
  const key = keyOf(text);
  const at = needle === "" ? -1 : key.text.indexOf(needle);
  const first = key.sources[at];
  const last = key.sources[at + needle.length - 1];
  if (at < 0 || first === undefined || last === undefined) return text === "" ? [] : [{ text, match: false }];
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  const segments: Snippet = [];
  push(segments, text.slice(0, first), false);
  push(segments, text.slice(first, end), true);
  push(segments, text.slice(end), false);
  return segments;
}

function keep(folded: FoldedText, wanted: RegExp): FoldedText {
  const out: FoldedText = { text: "", sources: [] };
  let unit = 0;
  for (const char of folded.text) {
    if (wanted.test(char)) {
      out.text += char;
      out.sources.push(...folded.sources.slice(unit, unit + char.length));
    }
    unit += char.length;
  }
  return out;
}

function push(segments: Snippet, text: string, match: boolean): void {
  if (text === "") return;
  const previous = segments.at(-1);
  if (previous?.match === match) previous.text += text;
  else segments.push({ text, match });
}
