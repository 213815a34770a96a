import { mkdir, writeFile } from "node:fs/promises";
import type { DbKind } from "./args.ts";

/** One measured figure on one database: the API's and, where there is one, the raw baseline's. */
export interface Measured {
  api: number;
  raw?: number;
}

export interface Row {
  label: string;
  /**
   * "rate": higher is better, ratio = api / raw in %. "latency": lower is better, ratio = api / raw
   * as × (also used for sizes in MB). "count": a whole number, ratio as ×. "share": 0–1 (precision,
   * recall), three decimals, ratio as ×.
   */
  kind: "rate" | "latency" | "factor" | "count" | "share";
  values: Partial<Record<DbKind, Measured>>;
  target?: string;
  met?: Partial<Record<DbKind, boolean>>;
}

export interface FigureResult {
  figure: string;
  rows: Row[];
  sizes: Record<string, unknown>;
  notes: string[];
  details: Record<string, unknown>;
}

const columns = [
  { title: "figure", width: 40 },
  { title: "PostgreSQL", width: 10 },
  { title: "raw", width: 9 },
  { title: "ratio", width: 7 },
  { title: "PGlite", width: 9 },
  { title: "raw", width: 9 },
  { title: "ratio", width: 7 },
  { title: "target", width: 26 },
  { title: "met PG", width: 6 },
  { title: "PGlite", width: 6 },
];

function value(n: number | undefined, kind: Row["kind"]): string {
  if (n === undefined || Number.isNaN(n)) return "–";
  if (kind === "rate" || kind === "count") return Math.round(n).toLocaleString("en");
  if (kind === "factor") return `${n.toFixed(2)}×`;
  if (kind === "share") return n.toFixed(3);
  return n < 10 ? n.toFixed(2) : n.toFixed(1);
}

function ratio(measured: Measured | undefined, kind: Row["kind"]): string {
  if (!measured || measured.raw === undefined || measured.raw === 0) return "–";
  const r = measured.api / measured.raw;
  return kind === "rate" ? `${(r * 100).toFixed(0)}%` : `${r.toFixed(1)}×`;
}

const yesNo = (met: boolean | undefined) => (met === undefined ? "–" : met ? "yes" : "NO");

export function formatTable(rows: Row[]): string {
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(columns[i]?.width ?? 8) : cell.padStart(columns[i]?.width ?? 8),
      )
      .join(" ");
  const out = [
    line(columns.map((c) => c.title)),
    "-".repeat(columns.reduce((sum, c) => sum + c.width + 1, -1)),
  ];
  for (const row of rows) {
    const pg = row.values.postgres;
    const lite = row.values.pglite;
    out.push(
      line([
        row.label,
        value(pg?.api, row.kind),
        value(pg?.raw, row.kind),
        ratio(pg, row.kind),
        value(lite?.api, row.kind),
        value(lite?.raw, row.kind),
        ratio(lite, row.kind),
        row.target ?? "",
        yesNo(row.met?.postgres),
        yesNo(row.met?.pglite),
      ]),
    );
  }
  return out.join("\n");
}

/** Writes every figure, sizes and notes included, to bench/results/<timestamp>.json (git-ignored). */
export async function writeResults(
  figures: FigureResult[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const dir = new URL("../results/", import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = new URL(`${new Date().toISOString().replace(/[:.]/g, "-")}.json`, dir);
  await writeFile(file, `${JSON.stringify({ at: new Date().toISOString(), ...extra, figures }, null, 2)}\n`);
  return file.pathname;
}

export function printFigures(figures: FigureResult[]): void {
  console.log("\nLatencies in ms, rates in events/s. ratio = API / raw baseline measured in the same run.");
  console.log(formatTable(figures.flatMap((f) => f.rows)));
}
