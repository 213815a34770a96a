import { fold } from "../text/fold.ts";
import type { MatchEvidence } from "./match-evidence.ts";
import type { MatchProfile } from "./match-profile.ts";

/** How likely two customers are one person, and why. */
export interface PairScore {
  /** 0 (surely two people) to 1 (surely one). */
  score: number;
  /** Every piece of evidence that counted, strongest (by |weight|) first. */
  evidence: MatchEvidence[];
}

/**
 * First version: names equal once folded, the system of record's facts, identifiers written in
 * messages. Weights are log-odds; the score is their logistic. Replaced by the full comparison
 * (name variants, typos, addresses, topics) as it lands.
 */
export function scorePair(a: MatchProfile, b: MatchProfile): PairScore {
  const evidence: MatchEvidence[] = [];
  const nameA = a.names[0]?.value;
  const sameName = a.names.find((x) =>
    b.names.some((y) => fold(x.value) === fold(y.value) && fold(x.value) !== ""),
  );
  if (sameName && nameA) {
    const other = b.names.find((y) => fold(y.value) === fold(sameName.value));
    evidence.push({
      kind: "name",
      likeness: "same",
      names: [sameName.value, other?.value ?? sameName.value],
      weight: 3,
    });
  }
  if (a.birthDate && b.birthDate) {
    const same = a.birthDate === b.birthDate;
    evidence.push({ kind: "birth-date", same, weight: same ? 3 : -8 });
  }
  if (a.customerNumber && b.customerNumber) {
    const same = a.customerNumber === b.customerNumber;
    evidence.push({ kind: "customer-number", same, weight: same ? 8 : -10 });
  }
  for (const [writer, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const { identifier, itemId } of writer.written) {
      if (namesIdentifier(other, identifier.kind, identifier.value)) {
        evidence.push({
          kind: "written-identifier",
          identifier,
          writtenBy: writer.customerId,
          itemId,
          weight: 6,
        });
      }
    }
  }
  const logOdds = evidence.reduce((sum, piece) => sum + piece.weight, -4);
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score: 1 / (1 + Math.exp(-logOdds)), evidence };
}

function namesIdentifier(profile: MatchProfile, kind: string, value: string): boolean {
  switch (kind) {
    case "email":
    case "phone":
      return profile.identities.some((identity) => identity.kind === kind && identity.value === value);
    case "iban":
      return profile.ibans.includes(value);
    case "customer-number":
      return profile.customerNumber === value;
    case "x-handle":
      return profile.identities.some(
        (identity) => identity.kind === "twitter" && xHandleOf(identity.display) === value,
      );
    default:
      return false;
  }
}

/** An X display ("@Felix_Lueders") as a written x-handle's value ("felix_lueders"). */
export function xHandleOf(display: string | null): string | null {
  const handle = display?.trim().replace(/^@/, "").toLowerCase();
  return handle ? handle : null;
}
