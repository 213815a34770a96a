// `pnpm --filter @emma/desktop electron [preview]`: runs the Electron app where its binary exists.
// The binary comes from electron's install script, which cannot download anything on machines
// without internet access; there the same console runs in any browser at the API's URL.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require("electron");
    return typeof path === "string" && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  const url = process.env.EMMA_API_URL ?? "http://127.0.0.1:4400";
  console.log(`Electron is not installed here: its binary could not be downloaded on this machine.
The same console runs in the browser: start the API (pnpm start) and open ${url}`);
  process.exit(0);
}

const mode = process.argv[2] === "preview" ? "preview" : "dev";
const child = spawn(
  process.execPath,
  [require.resolve("electron-vite/bin/electron-vite.js"), mode, "--config", "electron.vite.config.ts"],
  {
    stdio: "inherit",
  },
);
child.on("exit", (code) => process.exit(code ?? 1));
