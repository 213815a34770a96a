import { _electron as electron, expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { appUrl, screenshot } from "../support/console.ts";
import { repoRoot } from "../support/paths.ts";

const desktopDir = join(repoRoot, "apps/desktop");

/** electron's index.js returns the binary's path, or throws when its postinstall never downloaded it. */
function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(join(desktopDir, "package.json"))("electron");
    return typeof path === "string" && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = "skipped: no Electron binary on this machine (it cannot be downloaded here)";

test("the Electron app opens the console with the bridge and without Node", async () => {
  if (!binary) console.log(SKIP_REASON);
  test.skip(binary === null, SKIP_REASON);
  if (binary === null) return;

  const electronVite = join(
    createRequire(join(desktopDir, "package.json")).resolve("electron-vite/package.json"),
    "..",
    "bin",
    "electron-vite.js",
  );
  const build = spawnSync(process.execPath, [electronVite, "build", "--config", "electron.vite.config.ts"], {
    cwd: desktopDir,
    stdio: "inherit",
  });
  expect(build.status).toBe(0);

  const app = await electron.launch({
    executablePath: binary,
    args: [join(desktopDir, "out/main/index.js"), "--no-sandbox"],
    env: { ...process.env, EMMA_API_URL: appUrl() },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole("heading", { name: "Emma" })).toBeVisible();
    const facts = await page.evaluate(() => {
      const scope = globalThis as { emma?: { getToken?: unknown }; require?: unknown; process?: unknown };
      return {
        bridge: typeof scope.emma?.getToken === "function",
        node: scope.require !== undefined || scope.process !== undefined,
      };
    });
    expect(facts).toEqual({ bridge: true, node: false });
    await screenshot(page, "electron-login");
  } finally {
    await app.close();
  }
});
