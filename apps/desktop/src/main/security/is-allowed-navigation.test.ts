import { describe, expect, it } from "vitest";
import { isAllowedNavigation } from "./is-allowed-navigation.ts";

const APP = "http://127.0.0.1:4400";

describe("isAllowedNavigation", () => {
  it("allows the app's own pages", () => {
    expect(isAllowedNavigation("http://127.0.0.1:4400/", APP)).toBe(true);
    expect(isAllowedNavigation("http://127.0.0.1:4400/customers/1?x=1#top", APP)).toBe(true);
  });

  it("denies other origins, ports, schemes and garbage", () => {
    expect(isAllowedNavigation("https://evil.example/", APP)).toBe(false);
    expect(isAllowedNavigation("http://127.0.0.1:4401/", APP)).toBe(false);
    expect(isAllowedNavigation("http://localhost:4400/", APP)).toBe(false);
    expect(isAllowedNavigation("file:///etc/passwd", APP)).toBe(false);
    expect(isAllowedNavigation("javascript:alert(1)", APP)).toBe(false);
    expect(isAllowedNavigation("", APP)).toBe(false);
  });
});
