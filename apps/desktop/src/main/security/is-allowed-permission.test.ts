import { describe, expect, it } from "vitest";
import { isAllowedPermission } from "./is-allowed-permission.ts";

const APP = "http://127.0.0.1:4400";

describe("isAllowedPermission", () => {
  it("grants notifications to the app origin", () => {
    expect(isAllowedPermission("notifications", "http://127.0.0.1:4400/", APP)).toBe(true);
  });

  it("lets the console write to the clipboard, never read it", () => {
    expect(isAllowedPermission("clipboard-sanitized-write", "http://127.0.0.1:4400/", APP)).toBe(true);
    expect(isAllowedPermission("clipboard-sanitized-write", "https://evil.example/", APP)).toBe(false);
    expect(isAllowedPermission("clipboard-read", "http://127.0.0.1:4400/", APP)).toBe(false);
  });

  it("denies everything else and every other origin", () => {
    expect(isAllowedPermission("notifications", "https://evil.example/", APP)).toBe(false);
    for (const permission of [
      "media",
      "geolocation",
      "clipboard-read",
      "hid",
      "openExternal",
      "fullscreen",
    ]) {
      expect(isAllowedPermission(permission, "http://127.0.0.1:4400/", APP), permission).toBe(false);
    }
  });
});
