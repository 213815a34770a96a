import { describe, expect, it } from "vitest";
import { setPasswordTokenOf, setPasswordUrl } from "./set-password-link.ts";

describe("set-password links", () => {
  it("reads back the secret of the link it makes", () => {
    const url = setPasswordUrl({ origin: "https://emma.bank.example", pathname: "/" }, "abc_DEF-123");
    expect(url).toBe("https://emma.bank.example/#/set-password?token=abc_DEF-123");
    expect(setPasswordTokenOf(new URL(url).hash)).toBe("abc_DEF-123");
  });

  it("ignores other routes and a link without a secret", () => {
    expect(setPasswordTokenOf("#/inbox")).toBeNull();
    expect(setPasswordTokenOf("#/set-password")).toBeNull();
    expect(setPasswordTokenOf("#/set-password?token=")).toBeNull();
    expect(setPasswordTokenOf("#/admin/set-password?token=x")).toBeNull();
  });
});
