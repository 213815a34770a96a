import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * PGlite takes no file lock, and two processes on one data folder corrupt it. This lock file makes
 * the second one (a second `start`, or `emma seed` while the server runs) stop with a clear message.
 * A lock left by a process that died is taken over.
 */
export async function lockDataDir(lockFile: string): Promise<() => Promise<void>> {
  await mkdir(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      return () => unlink(lockFile).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database is in use by another Emma process (pid ${holder}). Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.`,
        );
      }
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
