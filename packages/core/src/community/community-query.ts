import type { QuestionTerm } from "./question-terms.ts";

/**
 * A question's terms as PostgreSQL full-text queries (to_tsquery, German configuration, over the
 * folded text as `search_folded` holds it):
 * - `terms`: each word with its weight, for the score of a topic (the weights of the words it has);
 * - `match`: what a post must contain to be a candidate. Two of the words, or the only one: a single
 *   shared word ("Karte") is what every banking question has, and an agent is better served by no
 *   suggestion than by an unrelated one.
 */
export interface CommunityQuery {
  terms: { query: string; weight: number }[];
  match: string;
}

export function communityQuery(terms: readonly QuestionTerm[]): CommunityQuery | null {
  if (terms.length === 0) return null;
  // Folded words are letters and digits only (question-terms.ts), so quoting them is all the escaping needed.
  const lexemes = terms.map((term) => `'${term.word}'${term.prefix ? ":*" : ""}`);
  const pairs: string[] = [];
  for (const [i, first] of lexemes.entries())
    for (const second of lexemes.slice(i + 1)) pairs.push(`(${first} & ${second})`);
  return {
    terms: terms.map((term, i) => ({ query: lexemes[i] ?? "", weight: term.weight })),
    match: pairs.length === 0 ? (lexemes[0] ?? "") : pairs.join(" | "),
  };
}
