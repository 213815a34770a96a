import type { MergeReason } from "../merge/merge-reason.ts";
import type { MergeMoved } from "../merge/merge-moved.ts";

export interface CustomerLink {
  id: string;
  mergedInto: string | null;
}

/**
 * Whose records an erasure removes: the person the asked-for record belongs to now (the root of its
 * merge chain) and every record merged into that root, however deep. A record that was merged in and
 * split off again (the merge undone) is not included: undoing a merge says it is someone else's
 * record, and it lives on as its own customer with its own history.
 */
export function erasureScope(
  target: string,
  links: readonly CustomerLink[],
): { rootId: string; ids: string[] } {
  const parent = new Map(links.map((link) => [link.id, link.mergedInto]));
  let rootId = target;
  const seen = new Set<string>();
  for (let up = parent.get(rootId); up; up = parent.get(rootId)) {
    if (seen.has(up)) break;
    seen.add(up);
    rootId = up;
  }
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const link of links) {
      if (link.mergedInto !== null && ids.has(link.mergedInto) && !ids.has(link.id)) {
        ids.add(link.id);
        grew = true;
      }
    }
  }
  return { rootId, ids: [...ids].sort() };
}

/** A merge's evidence without the identifiers it named: what kind of evidence, between which records. */
export function redactMergeEvidence(
  reasons: readonly MergeReason[],
): { code: MergeReason["code"]; customerIds: string[] }[] {
  return reasons.map((reason) => ({ code: reason.code, customerIds: reason.customerIds }));
}

/**
 * A merge record touching an erased record keeps its counts (and its ids and times, so an undo is
 * refused plainly rather than guessing); the erased side's name and tags go.
 */
export function redactMergeMoved(
  moved: MergeMoved,
  erased: { survivor: boolean; absorbed: boolean },
): MergeMoved {
  return {
    counts: moved.counts,
    absorbedName: erased.absorbed ? "" : moved.absorbedName,
    survivorTagsBefore: erased.survivor ? [] : moved.survivorTagsBefore,
  };
}
