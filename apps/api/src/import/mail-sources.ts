import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { splitMbox } from "@emma/connectors";

/**
 * The raw mails behind a path: a folder of .eml files (searched recursively, in name order so a
 * re-run sees them alike), one .eml file, or an mbox file (streamed: mailboxes can be gigabytes).
 */
export async function* mailSources(path: string): AsyncGenerator<{ origin: string; raw: Buffer }> {
  const info = await stat(path);
  if (info.isDirectory()) {
    for (const file of await emlFiles(path)) yield { origin: file, raw: await readFile(file) };
    return;
  }
  if (path.toLowerCase().endsWith(".eml")) {
    yield { origin: path, raw: await readFile(path) };
    return;
  }
  let index = 0;
  for await (const raw of splitMbox(createReadStream(path))) {
    index += 1;
    yield { origin: `${path}#${String(index)}`, raw };
  }
}

async function emlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await emlFiles(full)));
    else if (entry.name.toLowerCase().endsWith(".eml")) found.push(full);
  }
  return found;
}
