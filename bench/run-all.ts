import { cpus, loadavg } from "node:os";
import { parseBenchArgs } from "./lib/args.ts";
import { printFigures, writeResults, type FigureResult } from "./lib/report.ts";
import { runCommunitySuggestions } from "./community-suggestions.ts";
import { runConsoleTimeline } from "./console-timeline.ts";
import { runMatchSuggestions } from "./match-suggestions.ts";
import { runIngestThroughput } from "./ingest-throughput.ts";
import { runMatchEvaluation } from "./match-evaluation.ts";
import { runRealtimeLatency } from "./realtime-latency.ts";
import { runSearchLatency } from "./search.ts";
import { runTimelineLatency } from "./timeline-latency.ts";

/** `pnpm bench`: every figure on PostgreSQL and PGlite, one table at the end, JSON in bench/results/. */
const options = parseBenchArgs();
const started = performance.now();
const machine = `${cpus().length} cores, load average ${loadavg()
  .map((n) => n.toFixed(1))
  .join(" ")} at start (shared machine: compare ratios, not absolutes)`;
console.log(`Emma bench: ${options.databases.join(" + ")}; ${machine}`);
console.log(`sizes: ${JSON.stringify(options)}`);

const figures: FigureResult[] = [];
for (const run of [
  runIngestThroughput,
  runTimelineLatency,
  runRealtimeLatency,
  runConsoleTimeline,
  runSearchLatency,
  runCommunitySuggestions,
  runMatchEvaluation,
  runMatchSuggestions,
])
  figures.push(await run(options));

const seconds = (performance.now() - started) / 1000;
printFigures(figures);
for (const figure of figures)
  for (const note of figure.notes) console.log(`  note (${figure.figure}): ${note}`);
const file = await writeResults(figures, { options, machine, seconds });
console.log(
  `\nresults: ${file}; whole run ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s; load average at end ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);
