import { shell, type WebContents } from "electron";
import { isAllowedExternalUrl } from "./is-allowed-external-url.ts";
import { isAllowedNavigation } from "./is-allowed-navigation.ts";

/**
 * Navigation away from the console and every popup are refused. A link the agent clicks in a
 * message opens in the OS browser or mail program instead, when it passes the external allow-list.
 */
export function guardContents(contents: WebContents, appOrigin: string): void {
  contents.on("will-navigate", (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on("will-redirect", (event, url) => {
    if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: "deny" };
  });
}
