import { consoleContentSecurityPolicy } from "@emma/core/console-security-policy";
import type { Session } from "electron";
import { isAllowedPermission } from "./is-allowed-permission.ts";

interface HardenOptions {
  appOrigin: string;
  dev: boolean;
}

/** Session-wide guards: permissions by allow-list, and the CSP on every response the app loads. */
export function hardenSession(session: Session, options: HardenOptions): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl, options.appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, options.appOrigin),
  );
  const devSocketOrigin = options.appOrigin.replace(/^http/, "ws");
  const csp = consoleContentSecurityPolicy(options.dev ? { dev: true, devSocketOrigin } : { dev: false });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, "Content-Security-Policy": [csp] } });
  });
}
