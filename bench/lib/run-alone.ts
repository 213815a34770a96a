import { pathToFileURL } from "node:url";
import { parseBenchArgs, type BenchOptions } from "./args.ts";
import { printFigures, writeResults, type FigureResult } from "./report.ts";

export function isMain(moduleUrl: string): boolean {
  return moduleUrl === pathToFileURL(process.argv[1] ?? "").href;
}

/** `npx tsx bench/<file>.ts --db postgres|pglite`: one figure, its table and its JSON. */
export async function runAlone(run: (options: BenchOptions) => Promise<FigureResult>): Promise<void> {
  const options = parseBenchArgs();
  const started = performance.now();
  const figure = await run(options);
  printFigures([figure]);
  const file = await writeResults([figure], { options, seconds: (performance.now() - started) / 1000 });
  console.log(`\nresults: ${file} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

export const log = (kind: string, line: string) => console.log(`  [${kind}] ${line}`);
