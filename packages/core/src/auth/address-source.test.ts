import { describe, expect, it } from "vitest";
import { addressSource } from "./address-source.ts";

describe("addressSource", () => {
  it("counts an IPv4 address as itself, also when the socket reports it IPv4-mapped", () => {
    expect(addressSource("203.0.113.7")).toBe("203.0.113.7");
    expect(addressSource("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of one IPv6 /64 as one source, however it is written", () => {
    const sources = [
      "2001:db8:1:2::1",
      "2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd",
      "2001:DB8:1:2:ffff::7",
      "2001:db8:1:2::1%eth0",
    ].map(addressSource);
    expect(new Set(sources)).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(addressSource("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressSource("::1")).toBe("0:0:0:0::/64");
    expect(addressSource("64:ff9b::198.51.100.1")).toBe("64:ff9b:0:0::/64");
  });

  it("has no source without an address, and keeps what it cannot read as it is", () => {
    expect(addressSource(null)).toBeNull();
    expect(addressSource("")).toBeNull();
    expect(addressSource("not:an::ip::at:all")).toBe("not:an::ip::at:all");
  });
});
