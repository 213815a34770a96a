import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.ts";
import { artifactsDir, repoRoot } from "./paths.ts";

// Seeding 300 demo customers takes about a minute and a half on a 2-core machine.
const START_TIMEOUT_MS = 300_000;

/**
 * Builds the console while the API starts the way the README does (`tsx apps/api/src/cli/main.ts
 * demo`) on a fresh embedded database in a temp dir and a free port. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  mkdirSync(artifactsDir, { recursive: true });
  const build = process.env.EMMA_E2E_SKIP_BUILD !== "1";
  // For quick local iterations against an API that is already running (its data changes!).
  if (process.env.EMMA_E2E_URL) {
    if (build) await buildConsole();
    return () => Promise.resolve();
  }

  const dataDir = mkdtempSync(join(tmpdir(), "emma-e2e-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const tsxCli = createRequire(join(repoRoot, "package.json")).resolve("tsx/cli");
  const api = spawn(process.execPath, [tsxCli, "apps/api/src/cli/main.ts", "demo"], {
    cwd: repoRoot,
    // No simulated calls: the tests count queue entries and screen pops they cause themselves.
    env: {
      ...process.env,
      EMMA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      EMMA_DEMO_TRAFFIC: "off",
      // A failed event is given up after 5 attempts: about 8 s instead of 80 s of the run waiting.
      EMMA_INGEST_RETRY_UNIT_MS: "500",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so teardown stops tsx and the node process it runs together.
    detached: true,
  });
  const log: string[] = [];
  api.stdout.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  api.stderr.on("data", (chunk: Buffer) => log.push(chunk.toString()));

  try {
    // Side by side: the build takes seconds, seeding the demo data more than a minute, and the API
    // only looks for the built console once the data is in. Should it ever look sooner, it serves no
    // console and the check below says so.
    await Promise.all([build ? buildConsole() : Promise.resolve(), waitForHealth(url, api)]);
    if (build) await expectConsoleServed(url);
  } catch (error) {
    stop(api);
    throw new Error(
      `The API did not start: ${String(error)}\n--- API output ---\n${log.join("").slice(-4000)}`,
    );
  }
  process.env.EMMA_E2E_URL = url;

  return async () => {
    stop(api);
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function buildConsole(): Promise<void> {
  // vite's exports map hides bin/, so find the package and join the path.
  const vitePackage = createRequire(join(repoRoot, "apps/desktop/package.json")).resolve("vite/package.json");
  const viteBin = join(vitePackage, "..", "bin", "vite.js");
  const vite = spawn(
    process.execPath,
    [viteBin, "build", "--config", "vite.renderer.config.ts", "--logLevel", "warn"],
    {
      cwd: join(repoRoot, "apps/desktop"),
      stdio: "inherit",
    },
  );
  const code = await new Promise<number | null>((resolve, reject) => {
    vite.once("error", reject);
    vite.once("exit", resolve);
  });
  if (code !== 0) throw new Error("Building the console failed");
}

async function expectConsoleServed(url: string): Promise<void> {
  const response = await fetch(url);
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.startsWith("text/html")) {
    throw new Error(
      `the API does not serve the built console at ${url} (${String(response.status)} ${type})`,
    );
  }
}

async function waitForHealth(url: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${String(api.exitCode)}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no answer from ${url}/health within ${String(START_TIMEOUT_MS / 1000)} s`);
}

function stop(api: ChildProcess): void {
  if (api.pid === undefined || api.exitCode !== null) return;
  try {
    process.kill(-api.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
