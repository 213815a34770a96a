/** From this score a pair is shown as a merge suggestion. */
export const SUGGEST_FROM_SCORE = 0.5;
/** The most candidates one customer is compared with per check (the best-sharing keys first). */
export const MAX_CANDIDATES = 50;
/**
 * A blocking key more customers than this share (a very common name) finds nobody in particular:
 * comparing with all of them would be a scan by another name, and a pair with more than a common
 * name between them still meets through its rarer keys.
 */
export const MAX_KEY_SHARERS = 500;
