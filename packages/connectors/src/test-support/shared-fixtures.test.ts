import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SHARED_FIXTURES, sharedFixture } from "./shared-fixtures.ts";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

describe("shared fixtures", () => {
  it("are found beside the repository root", () => {
    expect(SHARED_FIXTURES).toBe(resolve(repositoryRoot, "..", "shared", "fixtures"));
  });

  it("fail the run under CI when the folder is missing, and are skipped with a reason elsewhere", () => {
    const root = join(repositoryRoot, "no-such-fixtures");
    expect(() => sharedFixture("email", { CI: "true" }, root)).toThrow(
      /email not found at .*no-such-fixtures/,
    );
    expect(sharedFixture("email", {}, root)).toBeUndefined();
  });

  it("are never read from an absolute path of one machine", () => {
    const tracked = execFileSync("git", ["ls-files", "*.ts", "*.mjs", "*.json"], {
      cwd: repositoryRoot,
      encoding: "utf8",
    })
      .split("\n")
      .filter((file) => file !== "" && !file.endsWith("shared-fixtures.test.ts"));
    const offenders = tracked.filter((file) =>
      /["'`]\/work\/|shared\/fixtures\/email["'`]/.test(readFileSync(join(repositoryRoot, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
