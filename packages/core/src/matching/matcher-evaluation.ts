/**
 * What `npx tsx bench/match-evaluation.ts --write` measured for the matcher on the labelled
 * evaluation set; the bench rewrites this file, nobody edits it. null: the current scoring has not
 * been evaluated, so no threshold allows merging on a score alone. Read through
 * `evaluated-precision.ts`, which checks its shape.
 */
export const measuredEvaluation: unknown = {
  measuredAt: "2026-12-05T23:32:56.279Z",
  pairs: 17642,
  thresholds: [
    { threshold: 0.3, precision: 0.9465, recall: 0.2724, suggested: 916 },
    { threshold: 0.4, precision: 0.9807, recall: 0.1593, suggested: 517 },
    { threshold: 0.5, precision: 1, recall: 0.0569, suggested: 181 },
    { threshold: 0.6, precision: 1, recall: 0.0562, suggested: 179 },
    { threshold: 0.7, precision: 1, recall: 0.0562, suggested: 179 },
    { threshold: 0.8, precision: 1, recall: 0.0553, suggested: 176 },
    { threshold: 0.9, precision: 1, recall: 0.0443, suggested: 141 },
    { threshold: 0.95, precision: 1, recall: 0.043, suggested: 137 },
    { threshold: 0.99, precision: 1, recall: 0.0352, suggested: 112 },
    { threshold: 0.999, precision: 1, recall: 0.0145, suggested: 46 },
  ],
};
