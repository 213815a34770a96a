import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  AUTO_MERGE_MIN_PRECISION,
  AUTO_MERGE_MIN_SUGGESTIONS,
  blockingKeysOf,
  fold,
  isNamesakeToCheck,
  MAX_CANDIDATES,
  MAX_KEY_SHARERS,
  scorePair,
  SUGGEST_FROM_SCORE,
  xHandleOf,
  type MatchEvidence,
  type MatchProfile,
  type MatcherEvaluation,
} from "@emma/core";
import type { BenchOptions } from "./lib/args.ts";
import {
  makeMatchEvaluationSet,
  type LabelledRecord,
  type MatchEvaluationSet,
} from "./lib/match-evaluation-set.ts";
import {
  figuresAt,
  f1Of,
  precisionOf,
  recallOf,
  type ScoredPair,
  type ThresholdFigures,
} from "./lib/precision-recall.ts";
import { printFigures, writeResults, type FigureResult } from "./lib/report.ts";
import { isMain, log } from "./lib/run-alone.ts";

/**
 * Issue 15's evaluation of merge suggestions: the labelled set of `lib/match-evaluation-set.ts`,
 * blocked with blockingKeysOf (and MAX_CANDIDATES per customer, as the API compares), scored with
 * scorePair, precision/recall/F1 at each threshold against every true pair in the set. Beside it
 * the rule a desk would use without a matcher: suggest every two customers with the same name.
 * No database: it measures the scoring, not the queries.
 */
export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999] as const;
const TARGET_PRECISION = 0.99;
const TARGET_RECALL = 0.95;
export const EVALUATION_FILE = new URL(
  "../packages/core/src/matching/matcher-evaluation.ts",
  import.meta.url,
);

interface Pair {
  a: number;
  b: number;
  score: number;
  same: boolean;
  evidence: MatchEvidence[];
}

export interface MatchEvaluationResult {
  figure: FigureResult;
  evaluation: MatcherEvaluation;
}

export function runMatchEvaluation(options: Pick<BenchOptions, "databases">): Promise<FigureResult> {
  return Promise.resolve(evaluateMatcher({ databases: options.databases }).figure);
}

export function evaluateMatcher(options: {
  databases: BenchOptions["databases"];
  people?: number;
  seed?: number;
}): MatchEvaluationResult {
  const started = performance.now();
  const set = makeMatchEvaluationSet({ people: options.people, seed: options.seed });
  const records = set.records;
  const generatedMs = performance.now() - started;
  describeSet(set);

  const truePairs = truePairsOf(records);
  describeHardNegatives(records, truePairs);
  const { sharing, holders } = pairsSharingKeys(records);
  const compared = withinCandidateLimit(records.length, sharing);
  const allPairs = (records.length * (records.length - 1)) / 2;
  const blockedTrue = [...compared].filter((key) => truePairs.has(key)).length;
  log(
    "blocking",
    `${sharing.size.toLocaleString("en")} pairs share a key, ${compared.size.toLocaleString("en")} within ${MAX_CANDIDATES} candidates per customer, of ${allPairs.toLocaleString("en")} pairs (${((compared.size / allPairs) * 100).toFixed(2)} %)`,
  );
  log(
    "blocking",
    `recall ${fmt(blockedTrue / truePairs.size)}: ${blockedTrue} of ${truePairs.size} true pairs are ever compared (${[...sharing.keys()].filter((k) => truePairs.has(k)).length} share a key)`,
  );

  const scoringStarted = performance.now();
  const pairs: Pair[] = [];
  for (const key of compared) pairs.push(scored(records, key, truePairs.has(key), holders));
  const scoringMs = performance.now() - scoringStarted;
  log(
    "scoring",
    `${pairs.length.toLocaleString("en")} pairs in ${scoringMs.toFixed(0)} ms (${((scoringMs * 1000) / Math.max(1, pairs.length)).toFixed(1)} µs a pair); set made in ${generatedMs.toFixed(0)} ms`,
  );

  const scoredPairs: ScoredPair[] = pairs;
  const rows = THRESHOLDS.map((threshold) => figuresAt(scoredPairs, truePairs.size, threshold));
  const baseline = exactNameRule(records, truePairs);
  printThresholds(rows, baseline);

  const atSuggest = figuresAt(scoredPairs, truePairs.size, SUGGEST_FROM_SCORE);
  const precisionMet = atSuggest.precision !== null && atSuggest.precision >= TARGET_PRECISION;
  const recallMet = atSuggest.recall >= TARGET_RECALL;
  log(
    "target",
    `precision ≥ ${TARGET_PRECISION} at SUGGEST_FROM_SCORE ${SUGGEST_FROM_SCORE}: ${fmt(atSuggest.precision)} — ${precisionMet ? "met" : "NOT MET"}`,
  );
  log(
    "target",
    `recall ≥ ${TARGET_RECALL} at SUGGEST_FROM_SCORE ${SUGGEST_FROM_SCORE}: ${fmt(atSuggest.recall)} — ${recallMet ? "met" : "NOT MET"}`,
  );
  const autoMerge = rows.find(
    (row) => row.precision !== null && row.precision >= 0.999 && row.suggested >= 1000,
  );
  log(
    "target",
    autoMerge
      ? `auto-merge could be allowed from ${autoMerge.threshold} (precision ${fmt(autoMerge.precision)} over ${autoMerge.suggested} suggestions)`
      : `auto-merge: no threshold reaches precision ${AUTO_MERGE_MIN_PRECISION} over at least ${AUTO_MERGE_MIN_SUGGESTIONS} suggestions`,
  );

  const withoutEvidence = unreachable(records, truePairs);
  const foundWithEvidence = pairs.filter(
    (p) => p.same && p.score >= SUGGEST_FROM_SCORE && !withoutEvidence.has(pairKey(p.a, p.b, records.length)),
  ).length;
  log(
    "target",
    `(recall among the ${truePairs.size - withoutEvidence.size} true pairs with any evidence: ${fmt(recallOf(foundWithEvidence, truePairs.size - withoutEvidence.size))})`,
  );
  // A name alone cannot reach the precision target where namesakes abound; these pairs carry more.
  const beyondName = pairs.filter(
    (p) => p.same && p.evidence.some((piece) => piece.kind !== "name" && piece.weight > 0),
  );
  log(
    "target",
    `(recall among the ${beyondName.length} compared true pairs with evidence beyond a name: ${fmt(recallOf(beyondName.filter((p) => p.score >= SUGGEST_FROM_SCORE).length, beyondName.length))})`,
  );
  const namesakes = namesakeTier(records, pairs, truePairs.size, atSuggest.truePositives);
  recallByChannels(records, truePairs, pairs);
  falsePositivesByKind(records, pairs);
  printWorst(records, pairs, truePairs, compared, holders);

  const db = options.databases[0] ?? "postgres";
  const row = (label: string, api: number | null, raw: number | null, target?: string, met?: boolean) => ({
    label,
    kind: "share" as const,
    values: { [db]: raw === null ? { api: api ?? Number.NaN } : { api: api ?? Number.NaN, raw } },
    ...(target ? { target, met: { [db]: met } } : {}),
  });
  const figure: FigureResult = {
    figure: "merge suggestions (issue 15)",
    rows: [
      row(
        `match: precision @${SUGGEST_FROM_SCORE} (raw: same name)`,
        atSuggest.precision,
        baseline.precision,
        `≥ ${TARGET_PRECISION}`,
        precisionMet,
      ),
      row(
        `match: recall @${SUGGEST_FROM_SCORE} (raw: same name)`,
        atSuggest.recall,
        baseline.recall,
        `≥ ${TARGET_RECALL}`,
        recallMet,
      ),
      row(`match: F1 @${SUGGEST_FROM_SCORE} (raw: same name)`, atSuggest.f1, baseline.f1),
      row("match: blocking recall", blockedTrue / truePairs.size, null),
      row("match: namesakes to check, precision", namesakes.precision, null),
      row("match: recall with namesakes to check", namesakes.recall, null),
      row("match: recall merged on evidence or a code", namesakes.codeRecall, null),
    ],
    sizes: {
      people: set.people,
      records: records.length,
      truePairs: truePairs.size,
      comparedPairs: compared.size,
      pairsSharingKey: sharing.size,
      seed: set.seed,
    },
    notes: [
      `no database: the evaluation measures scoring, its figures stand in the ${db} column; raw = suggest every two customers with the same folded name`,
    ],
    details: { thresholds: rows, baseline, peopleByKind: set.peopleByKind, scoringMs },
  };
  const evaluation: MatcherEvaluation = {
    measuredAt: new Date().toISOString(),
    pairs: pairs.length,
    thresholds: rows.flatMap((r) =>
      r.precision === null
        ? []
        : [
            {
              threshold: r.threshold,
              precision: round(r.precision),
              recall: round(r.recall),
              suggested: r.suggested,
            },
          ],
    ),
  };
  return { figure, evaluation };
}

function describeSet(set: MatchEvaluationSet): void {
  const byChannel = new Map<string, number>();
  const perPerson = new Map<string, number>();
  for (const record of set.records) {
    byChannel.set(record.channel, (byChannel.get(record.channel) ?? 0) + 1);
    perPerson.set(record.personId, (perPerson.get(record.personId) ?? 0) + 1);
  }
  const spread = new Map<number, number>();
  for (const count of perPerson.values()) spread.set(count, (spread.get(count) ?? 0) + 1);
  const kinds = Object.entries(set.peopleByKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  log("set", `${set.people} people (${kinds}), ${set.records.length} customer records, seed ${set.seed}`);
  log(
    "set",
    `records per person: ${[...spread]
      .sort((a, b) => a[0] - b[0])
      .map(([k, n]) => `${k}: ${n}`)
      .join(", ")}`,
  );
  log(
    "set",
    `by channel: ${[...byChannel]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(", ")}; ${set.sameTopicPeople} people wrote about one problem on two channels within minutes`,
  );
  log(
    "set",
    `${set.linkedAtImport} e-mail and phone contacts are the system of record's customer already (the address or number on file, linked at import): no pair to suggest`,
  );
}

/** How many pairs of two people look alike on purpose: one address, one name. */
function describeHardNegatives(records: readonly LabelledRecord[], truePairs: Set<number>): void {
  const countPairsOf = (keyOf: (record: LabelledRecord) => string[]) => {
    const groups = new Map<string, number[]>();
    records.forEach((record, index) => {
      for (const key of new Set(keyOf(record))) appendTo(groups, key, index);
    });
    const pairs = new Set<number>();
    for (const members of groups.values())
      forEachPair(members, (i, j) => {
        const key = pairKey(i, j, records.length);
        if (!truePairs.has(key)) pairs.add(key);
      });
    return pairs.size;
  };
  const atOneAddress = countPairsOf((r) => (r.profile.address ? [JSON.stringify(r.profile.address)] : []));
  const sameName = countPairsOf((r) =>
    r.profile.names.map((name) => letters(name.value)).filter((n) => n.length >= 3),
  );
  log(
    "set",
    `${truePairs.size} true pairs; hard negatives: ${atOneAddress} pairs of two people at one address in the system of record, ${sameName} pairs of two people with one name (folded)`,
  );
}

const letters = (text: string) => fold(text).replace(/[^a-z]/g, "");

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Pairs as one number, smaller index first: i·n + j fits a double for millions of records. */
const pairKey = (i: number, j: number, n: number) => (i < j ? i * n + j : j * n + i);

function truePairsOf(records: readonly LabelledRecord[]): Set<number> {
  const byPerson = new Map<string, number[]>();
  records.forEach((record, index) => appendTo(byPerson, record.personId, index));
  const out = new Set<number>();
  for (const members of byPerson.values())
    forEachPair(members, (i, j) => out.add(pairKey(i, j, records.length)));
  return out;
}

/**
 * Every pair sharing at least one blocking key, with how many keys they share; and how many
 * records hold each key, as the API counts customers per key.
 */
function pairsSharingKeys(records: readonly LabelledRecord[]): {
  sharing: Map<number, number>;
  holders: (key: string) => number;
} {
  const byKey = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeysOf(record.profile)) appendTo(byKey, key, index);
  });
  const shared = new Map<number, number>();
  for (const members of byKey.values()) {
    // The API skips a key more customers share than this: it names nobody in particular.
    if (members.length > MAX_KEY_SHARERS) continue;
    forEachPair(members, (i, j) => {
      const key = pairKey(i, j, records.length);
      shared.set(key, (shared.get(key) ?? 0) + 1);
    });
  }
  return { sharing: shared, holders: (key) => byKey.get(key)?.length ?? 0 };
}

/** The pairs the API compares: each customer with its MAX_CANDIDATES best-sharing others. */
function withinCandidateLimit(n: number, sharing: Map<number, number>): Set<number> {
  const byCustomer = new Map<number, { other: number; shared: number }[]>();
  for (const [key, shared] of sharing) {
    const i = Math.floor(key / n);
    const j = key % n;
    appendTo(byCustomer, i, { other: j, shared });
    appendTo(byCustomer, j, { other: i, shared });
  }
  const out = new Set<number>();
  for (const [customer, candidates] of byCustomer) {
    candidates.sort((x, y) => y.shared - x.shared || x.other - y.other);
    for (const { other } of candidates.slice(0, MAX_CANDIDATES)) out.add(pairKey(customer, other, n));
  }
  return out;
}

function forEachPair(members: readonly number[], visit: (i: number, j: number) => void): void {
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) visit(members[x] as number, members[y] as number);
}

function scored(
  records: readonly LabelledRecord[],
  key: number,
  same: boolean,
  holders: (key: string) => number,
): Pair {
  const a = Math.floor(key / records.length);
  const b = key % records.length;
  const { score, evidence } = scorePair(profileAt(records, a), profileAt(records, b), { holders });
  return { a, b, score, same, evidence };
}

function profileAt(records: readonly LabelledRecord[], index: number): MatchProfile {
  const record = records[index];
  if (!record) throw new Error(`no record ${index}`);
  return record.profile;
}

/** Without a matcher: every two customers whose names fold to the same letters. */
function exactNameRule(records: readonly LabelledRecord[], truePairs: Set<number>) {
  const byName = new Map<string, Set<number>>();
  records.forEach((record, index) => {
    for (const name of record.profile.names) {
      const folded = fold(name.value)
        .replace(/[^a-z ]+/g, " ")
        .trim()
        .replace(/\s+/g, " ");
      if (folded.length < 3) continue;
      byName.set(folded, (byName.get(folded) ?? new Set()).add(index));
    }
  });
  const suggested = new Set<number>();
  for (const members of byName.values())
    forEachPair([...members], (i, j) => suggested.add(pairKey(i, j, records.length)));
  const truePositives = [...suggested].filter((key) => truePairs.has(key)).length;
  const precision = precisionOf(truePositives, suggested.size - truePositives);
  const recall = recallOf(truePositives, truePairs.size);
  return { suggested: suggested.size, truePositives, precision, recall, f1: f1Of(precision, recall) };
}

function printThresholds(
  rows: readonly ThresholdFigures[],
  baseline: ReturnType<typeof exactNameRule>,
): void {
  console.log("\n  threshold  suggested     true    false  precision  recall      F1");
  for (const r of rows)
    console.log(
      `  ${(r.threshold === SUGGEST_FROM_SCORE ? `*${r.threshold}` : String(r.threshold)).padStart(9)}  ${String(r.suggested).padStart(9)}  ${String(r.truePositives).padStart(7)}  ${String(r.falsePositives).padStart(7)}  ${fmt(r.precision).padStart(9)}  ${fmt(r.recall).padStart(6)}  ${fmt(r.f1).padStart(6)}`,
    );
  console.log(
    `  same name  ${String(baseline.suggested).padStart(9)}  ${String(baseline.truePositives).padStart(7)}  ${String(baseline.suggested - baseline.truePositives).padStart(7)}  ${fmt(baseline.precision).padStart(9)}  ${fmt(baseline.recall).padStart(6)}  ${fmt(baseline.f1).padStart(6)}`,
  );
  console.log(
    `  (* SUGGEST_FROM_SCORE; recall counts every true pair in the set, also those blocking never compared)\n`,
  );
}

/**
 * True pairs without any evidence: on one side neither names nor address nor handle say anything of
 * the person (a caller without a name, kaffeeliebhaberin), neither wrote an identifier of the other,
 * no same topic. They bound the recall
 * any matcher reaches.
 */
function unreachable(records: readonly LabelledRecord[], truePairs: Set<number>): Set<number> {
  const out = new Set<number>();
  for (const key of truePairs) {
    const a = records[Math.floor(key / records.length)];
    const b = records[key % records.length];
    if (!a || !b || (a.namesThePerson && b.namesThePerson)) continue;
    if (writesAbout(a.profile, b.profile) || writesAbout(b.profile, a.profile)) continue;
    if (a.toldSameTopic && b.toldSameTopic) continue;
    out.add(key);
  }
  const count = out.size;
  log(
    "set",
    `${count} of ${truePairs.size} true pairs have no evidence at all (a side whose names, address and handle say nothing of the person, nothing written between them, no same topic): the recall no matcher exceeds is ${fmt(1 - count / truePairs.size)}`,
  );
  return out;
}

function writesAbout(writer: MatchProfile, other: MatchProfile): boolean {
  const known = new Set<string>([
    ...other.identities.map((identity) => `${identity.kind}:${identity.value}`),
    ...other.identities.flatMap((identity) => {
      const handle = identity.kind === "twitter" ? xHandleOf(identity.display) : null;
      return handle ? [`x-handle:${handle}`] : [];
    }),
    ...other.ibans.map((iban) => `iban:${iban}`),
    ...(other.customerNumber ? [`customer-number:${other.customerNumber}`] : []),
  ]);
  return writer.written.some(({ identifier }) => known.has(`${identifier.kind}:${identifier.value}`));
}

/** Which channel pairs the matcher finds at SUGGEST_FROM_SCORE, to show where recall is lost. */
function recallByChannels(
  records: readonly LabelledRecord[],
  truePairs: Set<number>,
  pairs: readonly Pair[],
): void {
  const found = new Set(
    pairs
      .filter((p) => p.same && p.score >= SUGGEST_FROM_SCORE)
      .map((p) => pairKey(p.a, p.b, records.length)),
  );
  const byChannels = new Map<string, { all: number; found: number }>();
  for (const key of truePairs) {
    const channels = [
      records[Math.floor(key / records.length)]?.channel,
      records[key % records.length]?.channel,
    ]
      .sort()
      .join("+");
    const entry = byChannels.get(channels) ?? { all: 0, found: 0 };
    entry.all++;
    if (found.has(key)) entry.found++;
    byChannels.set(channels, entry);
  }
  const lines = [...byChannels]
    .sort((x, y) => y[1].all - x[1].all)
    .map(([c, e]) => `${c} ${e.found}/${e.all}`);
  log("recall by channels", lines.join(", "));
}

/**
 * The console's second tier: pairs below the threshold whose names are alike and nothing
 * settles them as two people, offered to check by asking the customer (never suggested). How often
 * such a pair is one person, and how many true pairs the agent sees with both tiers together.
 */
function namesakeTier(
  records: readonly LabelledRecord[],
  pairs: readonly Pair[],
  truePairs: number,
  suggestedTrue: number,
) {
  const offered = pairs.filter((p) => isNamesakeToCheck(p));
  const trueOffered = offered.filter((p) => p.same).length;
  const precision = precisionOf(trueOffered, offered.length - trueOffered);
  const recall = recallOf(suggestedTrue + trueOffered, truePairs);
  log(
    "namesakes to check",
    `${offered.length} pairs offered below ${SUGGEST_FROM_SCORE} (names alike, nothing against): ${trueOffered} one person, precision ${fmt(precision)}; with the suggestions the agent sees ${suggestedTrue + trueOffered} of ${truePairs} true pairs (recall ${fmt(recall)})`,
  );
  // A code mailed to an address on file settles a pair either way: the person reads it back only
  // if the mailbox is theirs, so a namesake's pair never merges by it.
  const hasAddress = (index: number) =>
    records[index]?.profile.identities.some((identity) => identity.kind === "email") ?? false;
  const codeable = offered.filter((p) => hasAddress(p.a) || hasAddress(p.b));
  const trueCodeable = codeable.filter((p) => p.same).length;
  log(
    "namesakes to check",
    `${codeable.length} of them have an e-mail address on file (a mailed code can settle them): ${trueCodeable} one person, ${codeable.length - trueCodeable} namesakes who cannot read the code back; recall of what agents can merge on evidence (suggestions + codes) ${fmt(recallOf(suggestedTrue + trueCodeable, truePairs))}`,
  );
  return {
    offered: offered.length,
    trueOffered,
    precision,
    recall,
    codeRecall: recallOf(suggestedTrue + trueCodeable, truePairs),
  };
}

/** What the false positives at SUGGEST_FROM_SCORE are: the hard negatives the set was made with. */
function falsePositivesByKind(records: readonly LabelledRecord[], pairs: readonly Pair[]): void {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    if (pair.same || pair.score < SUGGEST_FROM_SCORE) continue;
    const kind = hardNegativeKind(records[pair.a], records[pair.b]);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  log("false positives", counts.size === 0 ? "none" : [...counts].map(([k, n]) => `${k} ${n}`).join(", "));
}

function hardNegativeKind(a: LabelledRecord | undefined, b: LabelledRecord | undefined): string {
  if (!a || !b) return "other";
  const sameAddress = (x: MatchProfile, y: MatchProfile) =>
    x.address && y.address && JSON.stringify(x.address) === JSON.stringify(y.address);
  if (
    a.personKind === "father-and-son" &&
    b.personKind === "father-and-son" &&
    sameNameFolded(a.profile, b.profile)
  )
    return "father-and-son";
  if (sameAddress(a.profile, b.profile)) return "household";
  if (sameNameFolded(a.profile, b.profile)) return "namesake";
  return "other";
}

function sameNameFolded(a: MatchProfile, b: MatchProfile): boolean {
  return a.names.some((x) => b.names.some((y) => fold(x.value) === fold(y.value)));
}

function printWorst(
  records: readonly LabelledRecord[],
  pairs: readonly Pair[],
  truePairs: Set<number>,
  compared: Set<number>,
  holders: (key: string) => number,
): void {
  const falsePositives = pairs
    .filter((p) => !p.same)
    .sort((x, y) => y.score - x.score)
    .slice(0, 10);
  console.log("\n  10 worst false positives (highest-scoring pairs of two people):");
  for (const pair of falsePositives) console.log(describePair(records, pair));
  // Half the nearest misses (scored, below the threshold), half pairs blocking never compared.
  const nearMisses = pairs
    .filter((p) => p.same && p.score < SUGGEST_FROM_SCORE)
    .sort((x, y) => y.score - x.score)
    .slice(0, 5);
  const neverCompared = [...truePairs].filter((key) => !compared.has(key)).sort((x, y) => x - y);
  const step = Math.max(1, Math.floor(neverCompared.length / 5));
  const unblocked = neverCompared
    .filter((_, i) => i % step === 0)
    .slice(0, 10 - nearMisses.length)
    .map((key) => scored(records, key, true, holders));
  console.log(
    `\n  missed true pairs (${nearMisses.length} nearest misses, ${unblocked.length} of ${neverCompared.length} never compared):`,
  );
  for (const pair of nearMisses) console.log(describePair(records, pair));
  for (const pair of unblocked) console.log(`${describePair(records, pair)} [not blocked]`);
}

function describePair(records: readonly LabelledRecord[], pair: Pair): string {
  const side = (record: LabelledRecord | undefined) => {
    if (!record) return "?";
    const name = record.profile.names[0]?.value ?? "(no name)";
    const identity = record.profile.identities[0];
    const id = identity ? ` ${identity.kind === "twitter" ? (identity.display ?? "") : identity.value}` : "";
    const extra = [record.profile.birthDate, record.profile.address?.city, record.profile.customerNumber]
      .filter(Boolean)
      .join(", ");
    const varied = record.variations.length > 0 ? ` {${record.variations.join(",")}}` : "";
    return `${record.channel}: "${name}"${id}${extra ? ` (${extra})` : ""}${varied}`;
  };
  const evidence = pair.evidence.map(describeEvidence).join("; ") || "no evidence";
  return `    ${pair.score.toFixed(3)}  ${side(records[pair.a])}  ↔  ${side(records[pair.b])}\n           ${evidence}`;
}

function describeEvidence(piece: MatchEvidence): string {
  const weight = `${piece.weight >= 0 ? "+" : ""}${piece.weight}`;
  switch (piece.kind) {
    case "name":
      return `name ${piece.likeness} "${piece.names[0]}"/"${piece.names[1]}" ${weight}`;
    case "birth-date":
    case "customer-number":
      return `${piece.kind} ${piece.same ? "same" : "different"} ${weight}`;
    case "address":
      return `address ${piece.likeness} ${weight}`;
    case "written-identifier":
      return `written ${piece.identifier.kind} ${piece.identifier.value} ${weight}`;
    case "same-topic":
      return `same topic ${piece.channels.join("+")} ${piece.minutesApart} min "${piece.words.join(" ")}" ${weight}`;
  }
}

const fmt = (n: number | null) => (n === null ? "–" : n.toFixed(3));
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The generated file the auto-merge gate reads, in the shape prettier gives it. */
export function evaluationFileText(evaluation: MatcherEvaluation): string {
  const rows = evaluation.thresholds.map(
    (r) =>
      `    { threshold: ${r.threshold}, precision: ${r.precision}, recall: ${r.recall}, suggested: ${r.suggested} },`,
  );
  return [
    "/**",
    " * What `npx tsx bench/match-evaluation.ts --write` measured for the matcher on the labelled",
    " * evaluation set; the bench rewrites this file, nobody edits it. null: the current scoring has not",
    " * been evaluated, so no threshold allows merging on a score alone. Read through",
    " * `evaluated-precision.ts`, which checks its shape.",
    " */",
    "export const measuredEvaluation: unknown = {",
    `  measuredAt: "${evaluation.measuredAt}",`,
    `  pairs: ${evaluation.pairs},`,
    rows.length === 0 ? "  thresholds: []," : ["  thresholds: [", ...rows, "  ],"].join("\n"),
    "};",
    "",
  ].join("\n");
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      people: { type: "string", default: "3000" },
      seed: { type: "string", default: "15" },
      write: { type: "boolean", default: false },
      "write-to": { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const people = Number(values.people);
  const seed = Number(values.seed);
  if (!Number.isInteger(people) || people < 2)
    throw new Error(`--people must be a whole number ≥ 2, got "${values.people}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
  const started = performance.now();
  const { figure, evaluation } = evaluateMatcher({ databases: ["postgres"], people, seed });
  printFigures([figure]);
  for (const note of figure.notes) console.log(`  note: ${note}`);
  if (values.write || values["write-to"]) {
    const target = values["write-to"] ?? EVALUATION_FILE;
    await writeFile(target, evaluationFileText(evaluation));
    console.log(
      `\nwrote the evaluation the auto-merge gate reads: ${target instanceof URL ? target.pathname : target}`,
    );
  }
  const file = await writeResults([figure], { people, seed, seconds: (performance.now() - started) / 1000 });
  console.log(`\nresults: ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
