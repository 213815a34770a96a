/** From this score a pair is shown as a merge suggestion. */
export const SUGGEST_FROM_SCORE = 0.5;
/** The most candidates one customer is compared with per check (the best-sharing keys first). */
export const MAX_CANDIDATES = 50;
