import type { CustomerChannel } from "../../channel/channel.ts";
import type { MatchProfile } from "../match-profile.ts";
import { sameWord, topicWords, type TopicWord } from "./topic-words.ts";

/** Two messages on different channels about one thing, close in time: the `same-topic` evidence. */
export interface SameTopic {
  channels: [CustomerChannel, CustomerChannel];
  minutesApart: number;
  /** The words both share in lower case (the shorter of two forms), the most specific (longest) first. */
  words: string[];
  itemIds: [string, string];
}

type RecentMessages = MatchProfile["recent"];

// A customer who gets no answer on one channel tries the next within minutes, not hours.
const MAX_MINUTES_APART = 30;
const MIN_SHARED_WORDS = 2;
const MAX_WORDS = 6;
const MINUTE = 60_000;

/**
 * The closest pair of messages, one of each customer on different channels at most 30 minutes
 * apart, that share at least two significant words (fewer words, as "Karte", say nothing), or
 * null. Of equally close pairs the one sharing more words wins.
 */
export function sameTopic(a: RecentMessages, b: RecentMessages): SameTopic | null {
  const wordsB = b.map((message) => topicWords(message.text));
  let best: { found: SameTopic; apart: number } | null = null;
  for (const x of a) {
    const atX = Date.parse(x.at);
    const wordsX = topicWords(x.text);
    for (const [index, y] of b.entries()) {
      const apart = Math.abs(Date.parse(y.at) - atX);
      // NaN (an unreadable time) fails this test too.
      if (x.channel === y.channel || !(apart <= MAX_MINUTES_APART * MINUTE)) continue;
      const words = sharedWords(wordsX, wordsB[index] ?? []);
      if (words.length < MIN_SHARED_WORDS) continue;
      if (best && (best.apart < apart || (best.apart === apart && best.found.words.length >= words.length)))
        continue;
      best = {
        apart,
        found: {
          channels: [x.channel, y.channel],
          minutesApart: Math.round(apart / MINUTE),
          words,
          itemIds: [x.itemId, y.itemId],
        },
      };
    }
  }
  return best?.found ?? null;
}

/** Each word of one message matched with at most one of the other; the shorter form is shown. */
function sharedWords(x: readonly TopicWord[], y: readonly TopicWord[]): string[] {
  const unused = [...y];
  const shared: string[] = [];
  for (const word of x) {
    const exact = unused.findIndex((other) => other.folded === word.folded);
    const index = exact >= 0 ? exact : unused.findIndex((other) => sameWord(word, other));
    const other = unused[index];
    if (other === undefined) continue;
    unused.splice(index, 1);
    const shown = other.written.length < word.written.length ? other.written : word.written;
    if (!shared.includes(shown)) shared.push(shown);
  }
  // A stable sort: words of one length stay in the order the first customer wrote them.
  return shared.sort((p, q) => q.length - p.length).slice(0, MAX_WORDS);
}

const KEY_WORDS_PER_MESSAGE = 6;
const KEY_PREFIX = 5;
const WINDOW = MAX_MINUTES_APART * MINUTE;

/**
 * Blocking keys that bring two customers writing about one thing within minutes together: each
 * specific word's start (as sameWord matches) in the message's 30-minute window and the next, so
 * two messages at most 30 minutes apart always share a window.
 */
export function sameTopicKeys(recent: RecentMessages): string[] {
  const keys = new Set<string>();
  for (const message of recent) {
    const at = Date.parse(message.at);
    if (Number.isNaN(at)) continue;
    const window = Math.floor(at / WINDOW);
    const words = topicWords(message.text)
      .map((word) => word.folded.slice(0, KEY_PREFIX))
      .sort((x, y) => y.length - x.length)
      .slice(0, KEY_WORDS_PER_MESSAGE);
    for (const word of words) {
      keys.add(`t:${String(window)}:${word}`);
      keys.add(`t:${String(window + 1)}:${word}`);
    }
  }
  return [...keys];
}
