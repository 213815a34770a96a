import { matchScore } from "../ui/filter-match.ts";
import type { RecentRecord } from "./nav-store.ts";
import type { SectionPath } from "./section-registry.ts";

export type PaletteOption =
  | { kind: "section"; id: string; path: SectionPath; title: string }
  | { kind: "recent"; id: string; record: RecentRecord; kindLabel: string };

interface Scored {
  option: PaletteOption;
  score: number;
}

function best(scored: Scored[]): PaletteOption[] {
  // Array.sort is stable: equal matches keep the switcher's order and the newest-first order.
  return scored.sort((a, b) => b.score - a.score).map((entry) => entry.option);
}

/**
 * What the go-to palette lists for what is typed: the role's sections, then the customers and
 * conversations opened recently, each group best match first. Every typed word must occur in the
 * title (or the kind, so "kunde" lists the customers).
 */
export function paletteOptions(
  query: string,
  sections: readonly { path: SectionPath; title: string }[],
  recent: readonly RecentRecord[],
  kindLabel: (kind: RecentRecord["kind"]) => string,
): PaletteOption[] {
  const sectionHits = sections.flatMap((section): Scored[] => {
    const score = matchScore(query, section.title, "");
    return score === null
      ? []
      : [{ option: { kind: "section", id: `section-${section.path}`, ...section }, score }];
  });
  const recentHits = recent.flatMap((record): Scored[] => {
    const label = kindLabel(record.kind);
    const score = matchScore(query, record.label, label);
    return score === null
      ? []
      : [{ option: { kind: "recent", id: `${record.kind}-${record.id}`, record, kindLabel: label }, score }];
  });
  return [...best(sectionHits), ...best(recentHits)];
}
