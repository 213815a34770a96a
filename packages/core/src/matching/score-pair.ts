import { comparePostalAddresses } from "./evidence/compare-postal-addresses.ts";
import { sameTopic } from "./evidence/same-topic.ts";
import type { MatchEvidence, WrittenIdentifier } from "./match-evidence.ts";
import type { MatchProfile } from "./match-profile.ts";
import * as weights from "./match-weights.ts";
import { compareNames } from "./names/compare-names.ts";
import { nameBlockingKeys } from "./names/name-blocking-keys.ts";
import { namesOfProfile } from "./profile-names.ts";

/** How likely two customers are one person, and why. */
export interface PairScore {
  /** 0 (surely two people) to 1 (surely one). */
  score: number;
  /** Every piece of evidence that counted, strongest (by |weight|) first. */
  evidence: MatchEvidence[];
}

/** What the matcher knows beyond the two profiles. */
export interface PairContext {
  /** How many customers hold a blocking key (the two compared included); unknown: no rarity. */
  holders?: (key: string) => number;
}

/**
 * Whether two customers are one person: each kind of evidence adds its log-odds weight to a prior
 * for two customers that merely share a blocking key, and the score is the logistic of the sum.
 * Pure: everything it reads is in the two profiles and the context.
 */
export function scorePair(a: MatchProfile, b: MatchProfile, context: PairContext = {}): PairScore {
  const evidence: MatchEvidence[] = [
    ...nameEvidence(a, b, context),
    ...birthDateEvidence(a, b),
    ...addressEvidence(a, b),
    ...customerNumberEvidence(a, b),
    ...writtenEvidence(a, b),
    ...writtenEvidence(b, a),
    ...topicEvidence(a, b),
  ];
  const logOdds = evidence.reduce((sum, piece) => sum + piece.weight, weights.PRIOR);
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score: round(1 / (1 + Math.exp(-logOdds))), evidence };
}

function nameEvidence(a: MatchProfile, b: MatchProfile, context: PairContext): MatchEvidence[] {
  let best: (MatchEvidence & { kind: "name" }) | null = null;
  for (const nameA of namesOfProfile(a)) {
    for (const nameB of namesOfProfile(b)) {
      const comparison = compareNames(nameA, nameB);
      if (!comparison) continue;
      const likeness = weights.NAME_WEIGHT[comparison.likeness] * comparison.similarity;
      const sharedBy = context.holders ? sharedByOf(nameA, nameB, context.holders) : undefined;
      const weight = round(likeness + (sharedBy === undefined ? 0 : weights.nameRarityWeight(sharedBy)));
      if (best && best.weight >= weight) continue;
      best = {
        kind: "name",
        likeness: comparison.likeness,
        names: [nameA, nameB],
        ...(sharedBy === undefined ? {} : { sharedBy }),
        weight,
      };
    }
  }
  return best ? [best] : [];
}

/** How many customers hold the most specific sound key both names have (n:p: surname and given name). */
function sharedByOf(nameA: string, nameB: string, holders: (key: string) => number): number | undefined {
  const keysA = new Set(nameBlockingKeys(nameA).filter((key) => key.startsWith("n:p:")));
  let fewest: number | undefined;
  for (const key of nameBlockingKeys(nameB)) {
    if (!keysA.has(key)) continue;
    const count = holders(key);
    if (fewest === undefined || count < fewest) fewest = count;
  }
  return fewest;
}

function birthDateEvidence(a: MatchProfile, b: MatchProfile): MatchEvidence[] {
  if (!a.birthDate || !b.birthDate) return [];
  const same = a.birthDate === b.birthDate;
  return [
    { kind: "birth-date", same, weight: same ? weights.BIRTH_DATE_SAME : weights.BIRTH_DATE_DIFFERENT },
  ];
}

function addressEvidence(a: MatchProfile, b: MatchProfile): MatchEvidence[] {
  if (!a.address || !b.address) return [];
  const likeness = comparePostalAddresses(a.address, b.address);
  const weight =
    likeness === "same"
      ? weights.ADDRESS_SAME
      : likeness === "same-street"
        ? weights.ADDRESS_SAME_STREET
        : weights.ADDRESS_DIFFERENT;
  return [{ kind: "address", likeness, weight }];
}

function customerNumberEvidence(a: MatchProfile, b: MatchProfile): MatchEvidence[] {
  if (!a.customerNumber || !b.customerNumber) return [];
  const same = a.customerNumber === b.customerNumber;
  return [
    {
      kind: "customer-number",
      same,
      weight: same ? weights.CUSTOMER_NUMBER_SAME : weights.CUSTOMER_NUMBER_DIFFERENT,
    },
  ];
}

/** Identifiers `writer` wrote that belong to `other`; each identifier counts once. */
function writtenEvidence(writer: MatchProfile, other: MatchProfile): MatchEvidence[] {
  const seen = new Set<string>();
  const evidence: MatchEvidence[] = [];
  for (const { identifier, itemId } of writer.written) {
    const key = `${identifier.kind}:${identifier.value}`;
    if (seen.has(key) || !belongsTo(other, identifier) || belongsTo(writer, identifier)) continue;
    seen.add(key);
    evidence.push({
      kind: "written-identifier",
      identifier,
      writtenBy: writer.customerId,
      itemId,
      weight: weights.WRITTEN_IDENTIFIER,
    });
  }
  return evidence;
}

function topicEvidence(a: MatchProfile, b: MatchProfile): MatchEvidence[] {
  const topic = sameTopic(a.recent, b.recent);
  if (!topic) return [];
  const weight = Math.min(
    weights.SAME_TOPIC_MAX,
    weights.SAME_TOPIC + weights.SAME_TOPIC_PER_WORD * (topic.words.length - 2),
  );
  return [
    {
      kind: "same-topic",
      channels: topic.channels,
      minutesApart: topic.minutesApart,
      words: topic.words.slice(0, 6),
      weight: round(weight),
    },
  ];
}

/** Whether the identifier is one the profile is known by. */
export function belongsTo(profile: MatchProfile, identifier: WrittenIdentifier): boolean {
  switch (identifier.kind) {
    case "email":
    case "phone":
      return profile.identities.some(
        (identity) => identity.kind === identifier.kind && identity.value === identifier.value,
      );
    case "iban":
      return profile.ibans.includes(identifier.value);
    case "customer-number":
      return profile.customerNumber === identifier.value;
    case "x-handle":
      return profile.identities.some(
        (identity) => identity.kind === "twitter" && xHandleOf(identity.display) === identifier.value,
      );
    default: {
      const unknown: never = identifier.kind;
      return unknown;
    }
  }
}

/** An X display ("@Felix_Lueders") as a written x-handle's value ("felix_lueders"). */
export function xHandleOf(display: string | null): string | null {
  const handle = display?.trim().replace(/^@/, "").toLowerCase();
  return handle ? handle : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
