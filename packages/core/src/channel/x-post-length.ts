import * as twitterText from "twitter-text";

/** X's limit for a post (a public reply), in weighted characters. */
export const X_POST_LIMIT = 280;

export interface XPostLength {
  /** What X counts: most characters 1, emoji and CJK 2, every URL 23 (twitter-text's v3 rules). */
  weightedLength: number;
  limit: number;
  /** Negative when the text is too long. */
  remaining: number;
  tooLong: boolean;
  /** X would accept it: not empty, not too long, no characters X refuses. */
  valid: boolean;
}

type ParseTweet = typeof twitterText.parseTweet;

/**
 * The length X gives a post, counted by X's own library so the console's counter and the API's
 * refusal agree with what X will accept. https://docs.x.com/fundamentals/counting-characters
 */
export function xPostLength(text: string): XPostLength {
  const parsed = parseTweet(text);
  const remaining = X_POST_LIMIT - parsed.weightedLength;
  return {
    weightedLength: parsed.weightedLength,
    limit: X_POST_LIMIT,
    remaining,
    tooLong: remaining < 0,
    valid: parsed.valid,
  };
}

// twitter-text is CommonJS (and an ESM build) that exports one default object: Node's loader shows
// only `default`, other loaders may show the named functions. Take parseTweet from where it is.
const parseTweet: ParseTweet = pickParseTweet();

function pickParseTweet(): ParseTweet {
  for (const candidate of [twitterText, Reflect.get(twitterText, "default")]) {
    if (hasParseTweet(candidate)) return candidate.parseTweet;
  }
  throw new Error("twitter-text loaded without parseTweet: X post lengths cannot be counted");
}

function hasParseTweet(value: unknown): value is { parseTweet: ParseTweet } {
  return (
    typeof value === "object" && value !== null && typeof Reflect.get(value, "parseTweet") === "function"
  );
}
