import { app, type BrowserWindow } from "electron";
import { resolve } from "node:path";
import { DEEP_LINK_SCHEME, deepLinkInArgs, deepLinkRoute, withRoute } from "./deep-link-route.ts";

interface DeepLinkOptions {
  appOrigin: string;
  /** The console window once it exists; links that come before it are kept for it. */
  appWindow: () => BrowserWindow | null;
}

/**
 * Makes `emma://…` links (and the console's own http address) open their page in the running
 * console: registered with the OS, received as macOS `open-url` or as the arguments of a second
 * start (Windows, Linux). `takeRoute` hands a window about to open the link it should show, once.
 */
export function openDeepLinks({ appOrigin, appWindow }: DeepLinkOptions): { takeRoute: () => string | null } {
  // Started from source (`electron .`), the OS must start electron with the app's path again.
  const firstArg = process.argv[1];
  if (process.defaultApp && firstArg !== undefined)
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(firstArg)]);
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);

  let waiting = routeIn(deepLinkInArgs(process.argv));

  function routeIn(link: string | null): string | null {
    return link === null ? null : deepLinkRoute(link, appOrigin);
  }

  function show(route: string | null): void {
    if (route === null) return;
    const window = appWindow();
    if (!window) {
      // Before the window exists (macOS delivers open-url that early): it opens there.
      waiting = route;
      return;
    }
    const target = withRoute(window.webContents.getURL(), route);
    // Only the hash differs, so the page stays and the console applies the route as back/forward do.
    if (target) void window.webContents.loadURL(target);
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  app.on("open-url", (event, link) => {
    event.preventDefault();
    show(routeIn(link));
  });
  app.on("second-instance", (_event, argv) => show(routeIn(deepLinkInArgs(argv))));
  return {
    takeRoute: () => {
      const route = waiting;
      waiting = null;
      return route;
    },
  };
}
