import { app, BrowserWindow, session } from "electron";
import { join } from "node:path";
import { openDeepLinks } from "./deep-link/open-deep-links.ts";
import { withRoute } from "./deep-link/deep-link-route.ts";
import { registerIpc } from "./ipc/register-ipc.ts";
import { TokenStore } from "./secrets/token-store.ts";
import { appOriginOf } from "./security/app-origin.ts";
import { hardenSession } from "./security/harden-session.ts";
import { createWindow } from "./window/create-window.ts";

// In development electron-vite serves the renderer (proxying /trpc to the API); otherwise the API
// serves the built console itself, so the window and the API share one origin and need no CORS.
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = devUrl ?? process.env.EMMA_API_URL ?? "http://127.0.0.1:4400";
const appOrigin = appOriginOf(appUrl);

if (!appOrigin) {
  console.error(`Refusing to start: ${appUrl} is neither https nor a loopback address.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // A second start focuses the running console instead of opening a second session on it.
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  const tokens = new TokenStore(join(app.getPath("userData"), "session-token.bin"));
  registerIpc({ appOrigin, tokens, appWindow: () => window });
  const deepLinks = openDeepLinks({ appOrigin, appWindow: () => window });
  const startUrl = () => {
    const route = deepLinks.takeRoute();
    return route === null ? appUrl : (withRoute(appUrl, route) ?? appUrl);
  };

  app.on("second-instance", () => {
    // A second start with a link opens it (open-deep-links.ts); without one it just focuses.
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on("web-contents-created", (_event, contents) => {
    // Defense in depth: any webContents that appears, not only ours, gets the same guards.
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { appOrigin, dev: devUrl !== undefined });
    window = createWindow(startUrl(), appOrigin);
    window.on("closed", () => (window = null));
    app.on("activate", () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        window = createWindow(startUrl(), appOrigin);
        window.on("closed", () => (window = null));
      }
    });
  });
}
