import { parseUrl } from "./parse-url.ts";

/**
 * Permissions the console may get, and only for its own origin. Notifications announce incoming
 * calls; writing to the clipboard copies a customer's address or number (the 360's copy button;
 * reading it stays denied); camera, microphone, geolocation, HID and the rest have no use here.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  "notifications",
  "clipboard-sanitized-write",
]);

export function isAllowedPermission(permission: string, requestingUrl: string, appOrigin: string): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  const parsed = parseUrl(requestingUrl);
  return parsed !== null && parsed.origin === appOrigin;
}
