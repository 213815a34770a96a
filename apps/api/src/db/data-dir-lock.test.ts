import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.ts";

describe("lockDataDir", () => {
  it("refuses a second holder while the first lives, and frees the lock on release", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "emma-lock-")), "db.lock");
    // A live process other than this one: the parent of the test worker.
    await writeFile(file, String(process.ppid));
    await expect(lockDataDir(file)).rejects.toThrow(/in use by another Emma process/);
  });

  it("takes over a lock whose process is gone", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "emma-lock-")), "db.lock");
    await writeFile(file, "999999");
    const release = await lockDataDir(file);
    expect(await readFile(file, "utf8")).toBe(String(process.pid));
    await release();
    const again = await lockDataDir(file);
    await again();
  });
});
