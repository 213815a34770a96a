import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** The team's shared test data lives beside the repository, never at a machine's absolute path. */
export const SHARED_FIXTURES = resolve(repositoryRoot, "../shared/fixtures");

/**
 * The path of a shared fixture file or folder, or undefined — with a printed reason — where a
 * developer's machine has none, so the tests needing it are skipped. Under CI=true a missing fixture
 * throws instead: CI must never pass by silently skipping the corpus tests.
 */
export function sharedFixture(
  relativePath: string,
  env: NodeJS.ProcessEnv = process.env,
  root: string = SHARED_FIXTURES,
): string | undefined {
  const path = join(root, relativePath);
  if (existsSync(path)) return path;
  const why = `shared fixture ${relativePath} not found at ${path}`;
  if (env.CI === "true")
    throw new Error(`${why}; CI needs the ../shared/fixtures folder beside the repository`);
  console.warn(`skipped: ${why}; the tests that need it do not run`);
  return undefined;
}
