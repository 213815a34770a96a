import { describe, expect, it } from "vitest";
import { appOriginOf } from "./app-origin.ts";

describe("appOriginOf", () => {
  it("accepts loopback http and any https", () => {
    expect(appOriginOf("http://127.0.0.1:4400/")).toBe("http://127.0.0.1:4400");
    expect(appOriginOf("http://localhost:5173/index.html")).toBe("http://localhost:5173");
    expect(appOriginOf("https://emma.bank.example/")).toBe("https://emma.bank.example");
  });

  it("refuses plain http over a network, other schemes and credentials", () => {
    expect(appOriginOf("http://emma.bank.example")).toBeNull();
    expect(appOriginOf("file:///etc/passwd")).toBeNull();
    expect(appOriginOf("https://user:pw@emma.bank.example")).toBeNull();
    expect(appOriginOf("not a url")).toBeNull();
  });
});
