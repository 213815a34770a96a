import type { Figure, FigureUnit } from "./report-facts.ts";

export interface ComparedFigure {
  key: string;
  labels: Readonly<Record<string, string>>;
  unit: FigureUnit;
  current: number | null;
  /** The same figure over the previous period of the same length; null when it had none. */
  previous: number | null;
}

/** Pairs each figure with its previous-period twin by key; a key only the past had still shows. */
export function compareFigures(current: readonly Figure[], previous: readonly Figure[]): ComparedFigure[] {
  const before = new Map(previous.map((f) => [f.key, f]));
  const rows: ComparedFigure[] = current.map((f) => ({
    key: f.key,
    labels: f.labels,
    unit: f.unit,
    current: f.value,
    previous: before.get(f.key)?.value ?? null,
  }));
  const seen = new Set(current.map((f) => f.key));
  for (const f of previous) {
    if (!seen.has(f.key))
      rows.push({ key: f.key, labels: f.labels, unit: f.unit, current: null, previous: f.value });
  }
  return rows;
}
