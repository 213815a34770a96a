import { parseUrl } from "./parse-url.ts";

/**
 * Permissions the console may get, and only for its own origin. Notifications announce incoming
 * calls; camera, microphone, geolocation, HID and the rest have no use here and stay denied.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(["notifications"]);

export function isAllowedPermission(permission: string, requestingUrl: string, appOrigin: string): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  const parsed = parseUrl(requestingUrl);
  return parsed !== null && parsed.origin === appOrigin;
}
