/**
 * What `npx tsx bench/match-evaluation.ts --write` measured for the matcher on the labelled
 * evaluation set; the bench rewrites this file, nobody edits it. null: the current scoring has not
 * been evaluated, so no threshold allows merging on a score alone. Read through
 * `evaluated-precision.ts`, which checks its shape.
 */
export const measuredEvaluation: unknown = {
  measuredAt: "2026-12-05T04:12:44.378Z",
  pairs: 45067,
  thresholds: [
    { threshold: 0.3, precision: 0.6939, recall: 0.1983, suggested: 954 },
    { threshold: 0.4, precision: 0.8925, recall: 0.1144, suggested: 428 },
    { threshold: 0.5, precision: 1, recall: 0.0596, suggested: 199 },
    { threshold: 0.6, precision: 1, recall: 0.0587, suggested: 196 },
    { threshold: 0.7, precision: 1, recall: 0.0578, suggested: 193 },
    { threshold: 0.8, precision: 1, recall: 0.0572, suggested: 191 },
    { threshold: 0.9, precision: 1, recall: 0.0443, suggested: 148 },
    { threshold: 0.95, precision: 1, recall: 0.0428, suggested: 143 },
    { threshold: 0.99, precision: 1, recall: 0.0341, suggested: 114 },
    { threshold: 0.999, precision: 1, recall: 0.0096, suggested: 32 },
  ],
};
