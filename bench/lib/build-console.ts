import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const desktopDir = fileURLToPath(new URL("../../apps/desktop/", import.meta.url));
export const consoleDir = fileURLToPath(new URL("../../apps/desktop/dist/renderer/", import.meta.url));

/**
 * The console as the API serves it: apps/desktop's renderer build, made fresh so the figure is of
 * the code in the tree (EMMA_BENCH_SKIP_BUILD=1 reuses an existing build).
 */
export function buildConsole(): string {
  if (process.env.EMMA_BENCH_SKIP_BUILD === "1" && existsSync(`${consoleDir}index.html`)) return consoleDir;
  // vite's exports map hides bin/, so find the package and join the path (as e2e's setup does).
  const vitePackage = createRequire(`${desktopDir}package.json`).resolve("vite/package.json");
  const result = spawnSync(
    process.execPath,
    [
      `${vitePackage.slice(0, -"package.json".length)}bin/vite.js`,
      "build",
      "--config",
      "vite.renderer.config.ts",
      "--logLevel",
      "warn",
    ],
    { cwd: desktopDir, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("building the console failed");
  return consoleDir;
}
