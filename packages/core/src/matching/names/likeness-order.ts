import { NAME_LIKENESSES, type NameLikeness } from "../match-evidence.ts";
import type { TokenMatch } from "./compare-tokens.ts";

const RANK = new Map<NameLikeness, number>(NAME_LIKENESSES.map((likeness, i) => [likeness, i]));

/** The weaker of two likenesses: a name alike in two ways is only as alike as its weaker way. */
export function weaker(a: NameLikeness, b: NameLikeness): NameLikeness {
  return (RANK.get(a) ?? 0) >= (RANK.get(b) ?? 0) ? a : b;
}

/** The better of two matches: the stronger likeness, then the higher similarity. */
export function better<T extends TokenMatch>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  const rankA = RANK.get(a.likeness) ?? 0;
  const rankB = RANK.get(b.likeness) ?? 0;
  if (rankA !== rankB) return rankA < rankB ? a : b;
  return a.similarity >= b.similarity ? a : b;
}

/** A match weakened to at most `likeness`, its similarity scaled by `factor`. */
export function downgraded(match: TokenMatch, likeness: NameLikeness, factor: number): TokenMatch {
  return { likeness: weaker(match.likeness, likeness), similarity: match.similarity * factor };
}
