import { STOP_WORDS } from "../../community/stop-words.ts";
import { fold } from "../../text/fold.ts";
import { ownText } from "./mail-parts.ts";

/** A significant word of a message: as written (lower case), folded, and its stem. */
export interface TopicWord {
  written: string;
  folded: string;
  stem: string;
}

const MIN_WORD = 3;
/** Stems and word starts shorter than this say too little ("kart" is in "Kartoffel"). */
export const MIN_STEM = 5;
// German and English inflections, longest first; one is cut when at least MIN_STEM letters remain,
// so "gesperrt" and "gesperrte" meet at "gesperr", "blocked" and "blocking" at "block".
const ENDINGS = ["ten", "ing", "en", "er", "es", "em", "ed", "te", "e", "n", "s", "t"];

/** The significant words of a message's own text, each once, in the order written. */
export function topicWords(text: string): TopicWord[] {
  const words = new Map<string, TopicWord>();
  for (const [token] of ownText(text).body.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = fold(token);
    if (folded.length < MIN_WORD || STOP_WORDS.has(folded) || /^\d+$/.test(folded) || words.has(folded))
      continue;
    words.set(folded, { written: token.toLowerCase(), folded, stem: stemOf(folded) });
  }
  return [...words.values()];
}

/**
 * Whether two words are one: equal once folded, or one's stem of at least MIN_STEM letters starts
 * the other ("gesperrt"/"gesperrte", "Karte"/"Kartensperre", "Überweisung"/"überweisen").
 */
export function sameWord(x: TopicWord, y: TopicWord): boolean {
  if (x.folded === y.folded) return true;
  return (
    (x.stem.length >= MIN_STEM && y.folded.startsWith(x.stem)) ||
    (y.stem.length >= MIN_STEM && x.folded.startsWith(y.stem))
  );
}

function stemOf(folded: string): string {
  const ending = ENDINGS.find((end) => folded.endsWith(end) && folded.length - end.length >= MIN_STEM);
  return ending === undefined ? folded : folded.slice(0, -ending.length);
}
