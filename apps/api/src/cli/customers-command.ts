import { readFile } from "node:fs/promises";
import { countryCodeSchema, sourceSystemSchema, type CountryCode } from "@emma/core";
import { parsePersonRecordsCsv } from "@emma/core/person-records-csv";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import {
  importPersonRecords,
  type PersonUnlinkedReason,
} from "../features/holdings/import-person-records.ts";
import { sweepAfterImport } from "../features/matching/sweep-after-import.ts";
import type { Logger } from "../services.ts";
import type { RuntimeConfig } from "../runtime-config.ts";
import { openConfiguredDatabase } from "../start-api.ts";
import type { CommandOutput } from "./holdings-command.ts";

const NOT_IMPORTED: Record<PersonUnlinkedReason, string> = {
  ambiguous: "e-mail and phone belong to different customers",
  number_conflict: "the customer with this e-mail or phone already has another customer number",
  invalid_email: "the e-mail address is not valid",
  invalid_phone: "the phone number is not valid",
};

/**
 * `emma import customers FILE --source SYSTEM`: the CSV through the same contract and the same
 * upsert as POST /import/customers, then a sweep (the API's workers run it). Returns the exit code:
 * 1 when any line was not imported.
 */
export async function importCustomersFile(
  db: Kysely<Database>,
  options: { path: string; source: string; defaultCountry: CountryCode; now: Date; log: Logger },
  output: CommandOutput,
): Promise<number> {
  const source = sourceSystemSchema.safeParse(options.source);
  if (!source.success) throw new Error(`--source: ${source.error.issues[0]?.message ?? "invalid"}`);
  const { lines, ignoredColumns } = parsePersonRecordsCsv(await readFile(options.path, "utf8"), source.data);
  if (ignoredColumns.length > 0)
    output.line(`${options.path}: columns ignored: ${ignoredColumns.join(", ")}`);
  const valid = lines.flatMap((line) => (line.ok ? [line] : []));
  const summary = await importPersonRecords(db, {
    rows: valid.map((line) => line.row),
    actorUserId: null,
    integrationKeyId: null,
    defaultCountry: options.defaultCountry,
    ip: null,
    now: options.now,
    onProgress: (done) => output.progress(`\r  ${String(done)} of ${String(valid.length)} people imported`),
  });
  output.progress("\n");
  if (valid.length > 0) await sweepAfterImport(db, options.log, options.now);
  const { created, updated, unchanged, not_linked: notLinked } = summary.counts;
  const malformed = lines.length - valid.length;
  output.line(
    `${options.path}: ${String(created)} new, ${String(updated)} updated, ${String(unchanged)} unchanged, ${String(notLinked)} not imported, ${String(malformed)} unreadable`,
  );
  const failures = lines.flatMap((line) => (line.ok ? [] : [{ line: line.line, reason: line.error }]));
  summary.outcomes.forEach((outcome, index) => {
    const line = valid[index]?.line ?? 0;
    if (outcome.status === "not_linked")
      failures.push({ line, reason: `not imported: ${NOT_IMPORTED[outcome.reason]}` });
  });
  failures.sort((a, b) => a.line - b.line);
  for (const failure of failures) output.line(`  ${options.path}:${String(failure.line)}: ${failure.reason}`);
  return failures.length > 0 ? 1 : 0;
}

export async function runCustomersImport(
  config: RuntimeConfig,
  options: { source: string | undefined; paths: string[] },
): Promise<number> {
  const [path, ...extra] = options.paths;
  if (!path || extra.length > 0)
    throw new Error("name one CSV file: emma import customers FILE --source SYSTEM");
  if (!options.source) throw new Error("name the system of record with --source, e.g. --source core-banking");
  const database = await openConfiguredDatabase(config);
  try {
    return await importCustomersFile(
      database.db,
      {
        path,
        source: options.source,
        defaultCountry: countryCodeSchema.parse(config.EMMA_DEFAULT_COUNTRY),
        now: new Date(),
        log: {
          info: () => undefined,
          warn: (message) => console.error(message),
          error: (message) => console.error(message),
        },
      },
      { line: (text) => console.log(text), progress: (text) => process.stderr.write(text) },
    );
  } finally {
    await database.close();
  }
}
