import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { migrateToLatest } from "../db/migrate.ts";
import { PGLITE_EXTENSIONS } from "../db/open-pglite.ts";
import { EmmaPgliteDialect } from "../db/pglite-dialect.ts";

/**
 * A freshly migrated PGlite, dumped once and cached on disk for every test file and run: starting
 * PGlite from a dump skips initdb, which is most of the seconds a new instance costs.
 * The cache key covers the migrations and the PGlite version, so a schema change rebuilds it.
 */

const cacheDir = fileURLToPath(new URL("../../node_modules/.cache/emma-test/", import.meta.url));
const dbDir = fileURLToPath(new URL("../db/", import.meta.url));

let template: Promise<Blob> | undefined;

export function migratedPgliteTemplate(): Promise<Blob> {
  return (template ??= loadOrBuild());
}

/** For a template that would not load: throw it away so the next call builds a new one. */
export async function discardPgliteTemplate(): Promise<void> {
  template = undefined;
  await rm(join(cacheDir, await fileName()), { force: true });
}

async function fileName(): Promise<string> {
  return `pglite-${await cacheKey()}.tar`;
}

async function loadOrBuild(): Promise<Blob> {
  const name = await fileName();
  const cached = await readFile(join(cacheDir, name)).catch(() => undefined);
  if (cached) return new Blob([cached]);

  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const db = new Kysely({ dialect: new EmmaPgliteDialect(pglite) });
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir("none");
  await db.destroy();

  await mkdir(cacheDir, { recursive: true });
  // Templates of older schemas are 40 MB each; drafts of this one may be another file's, in flight.
  for (const old of await readdir(cacheDir)) {
    if (!old.startsWith(name)) await rm(join(cacheDir, old), { force: true });
  }
  // Renamed into place, so a test file starting at the same moment never reads half a tarball.
  const draft = join(cacheDir, `${name}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(draft, Buffer.from(await dump.arrayBuffer()));
  await rename(draft, join(cacheDir, name));
  return dump;
}

async function cacheKey(): Promise<string> {
  const hash = createHash("sha256");
  // pnpm's install path carries the version, and a new PGlite may not read an old data directory.
  hash.update(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  hash.update(await readFile(join(dbDir, "migrate.ts")));
  for (const file of (await readdir(join(dbDir, "migrations"))).sort()) {
    hash.update(file).update(await readFile(join(dbDir, "migrations", file)));
  }
  return hash.digest("hex").slice(0, 16);
}
