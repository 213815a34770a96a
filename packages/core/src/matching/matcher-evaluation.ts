/**
 * What `npx tsx bench/match-evaluation.ts --write` measured for the matcher on the labelled
 * evaluation set; the bench rewrites this file, nobody edits it. null: the current scoring has not
 * been evaluated, so no threshold allows merging on a score alone. Read through
 * `evaluated-precision.ts`, which checks its shape.
 */
export const measuredEvaluation: unknown = {
  measuredAt: "2026-12-05T23:48:21.203Z",
  pairs: 17715,
  thresholds: [
    { threshold: 0.3, precision: 0.9398, recall: 0.2666, suggested: 664 },
    { threshold: 0.4, precision: 0.9693, recall: 0.1751, suggested: 423 },
    { threshold: 0.5, precision: 1, recall: 0.0589, suggested: 138 },
    { threshold: 0.6, precision: 1, recall: 0.0585, suggested: 137 },
    { threshold: 0.7, precision: 1, recall: 0.0577, suggested: 135 },
    { threshold: 0.8, precision: 1, recall: 0.0572, suggested: 134 },
    { threshold: 0.9, precision: 1, recall: 0.0402, suggested: 94 },
    { threshold: 0.95, precision: 1, recall: 0.0384, suggested: 90 },
    { threshold: 0.99, precision: 1, recall: 0.0299, suggested: 70 },
    { threshold: 0.999, precision: 1, recall: 0.0179, suggested: 42 },
  ],
};
