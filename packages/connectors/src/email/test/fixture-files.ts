import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The shared corpus of real-world test mails (mail gem and mailparser), outside the repository. */
export const FIXTURE_ROOT = process.env.EMMA_EMAIL_FIXTURES ?? "/work/shared/fixtures/email";

export const fixturesPresent = existsSync(FIXTURE_ROOT);
if (!fixturesPresent) console.warn(`email fixture corpus not found at ${FIXTURE_ROOT}: corpus tests skipped`);

/** Every file below the root, recursively, by path relative to it. */
export function fixtureFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(FIXTURE_ROOT, path)];
    });
  return fixturesPresent ? walk(FIXTURE_ROOT).sort() : [];
}

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURE_ROOT, path));
}

/** A mail written in the test: lines joined with CRLF as on the wire. */
export function mail(...lines: string[]): Buffer {
  return Buffer.from(lines.join("\r\n"), "utf8");
}
