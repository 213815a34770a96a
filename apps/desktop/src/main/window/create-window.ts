import { BrowserWindow } from "electron";
import { fileURLToPath } from "node:url";
import { guardContents } from "../security/guard-contents.ts";

/** The console window with every web preference pinned to its safe value, not left to defaults. */
export function createWindow(appUrl: string, appOrigin: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: "Emma",
    backgroundColor: "#f5f6f8",
    webPreferences: {
      preload: fileURLToPath(new URL("../preload/index.cjs", import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  guardContents(window.webContents, appOrigin);
  window.once("ready-to-show", () => window.show());
  void window.loadURL(appUrl);
  return window;
}
