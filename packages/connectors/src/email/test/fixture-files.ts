import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sharedFixture } from "../../test-support/shared-fixtures.ts";

/** The shared corpus of real-world test mails (mail gem and mailparser), beside the repository. */
export const FIXTURE_ROOT = sharedFixture("email");

export const fixturesPresent = FIXTURE_ROOT !== undefined;

/** Every file below the root, recursively, by path relative to it. */
export function fixtureFiles(): string[] {
  if (FIXTURE_ROOT === undefined) return [];
  const root = FIXTURE_ROOT;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
    });
  return walk(root).sort();
}

export function fixture(path: string): Buffer {
  if (FIXTURE_ROOT === undefined) throw new Error("the email fixture corpus is missing");
  return readFileSync(join(FIXTURE_ROOT, path));
}
