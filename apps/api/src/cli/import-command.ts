import { createLogger } from "../logger.ts";
import { loadSecretKey } from "../crypto/secret-box.ts";
import { tombstoneKeyFrom } from "../features/erasure/tombstone-key.ts";
import { importMail } from "../import/import-mail.ts";
import { mailSources } from "../import/mail-sources.ts";
import type { RuntimeConfig } from "../runtime-config.ts";
import { openConfiguredDatabase } from "../start-api.ts";

export async function runImport(
  config: RuntimeConfig,
  options: { connector: string | undefined; paths: string[] },
): Promise<void> {
  if (options.paths.length === 0)
    throw new Error("name an mbox file, an .eml file or a folder of .eml files");
  const database = await openConfiguredDatabase(config);
  try {
    const connectorId = options.connector ?? (await onlyEmailConnector(database.db));
    const tombstoneKey = tombstoneKeyFrom(await loadSecretKey(process.env, config.EMMA_DATA_DIR));
    for (const path of options.paths) {
      const summary = await importMail(database.db, createLogger({ quiet: true }), {
        connectorId,
        sources: mailSources(path),
        now: () => new Date(),
        tombstoneKey,
        onProgress: (done) => process.stderr.write(`\r  ${String(done)} mails read`),
      });
      process.stderr.write("\n");
      console.log(
        `${path}: ${String(summary.stored)} imported, ${String(summary.duplicates)} already there, ${String(summary.failed.length)} could not be read`,
      );
      for (const failure of summary.failed) console.log(`  ${failure.origin}: ${failure.reason}`);
      if (summary.failed.length > 0) process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

async function onlyEmailConnector(
  db: Awaited<ReturnType<typeof openConfiguredDatabase>>["db"],
): Promise<string> {
  const rows = await db.selectFrom("connectors").select(["id", "name"]).where("kind", "=", "email").execute();
  const [only] = rows;
  if (rows.length === 1 && only) return only.id;
  const list = rows.map((row) => `  ${row.id}  ${row.name}`).join("\n");
  throw new Error(
    rows.length === 0
      ? "there is no email connector to import into; an admin creates one first"
      : `there are several email connectors; choose one with --connector:\n${list}`,
  );
}
