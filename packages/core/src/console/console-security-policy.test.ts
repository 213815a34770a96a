import { describe, expect, it } from "vitest";
import {
  consoleContentSecurityPolicy,
  consoleMetaContentSecurityPolicy,
  consoleSecurityHeaders,
} from "./console-security-policy.ts";

function directives(header: string): Map<string, string> {
  return new Map(
    header.split("; ").map((part) => [part.split(" ")[0] ?? "", part.slice(part.indexOf(" ") + 1)]),
  );
}

describe("the console's security policy", () => {
  it("allows scripts from the app only and nothing inline in production", () => {
    const csp = directives(consoleContentSecurityPolicy({ dev: false }));
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("style-src")).toBe("'self'");
    expect(csp.get("style-src-elem")).toBe("'self'");
    expect(csp.get("style-src-attr")).toBe("'unsafe-inline'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("frame-src")).toBe("'none'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    // Recordings play from blob: URLs made of what the API sent; nothing else from outside.
    expect(csp.get("media-src")).toBe("'self' blob:");
    expect(consoleContentSecurityPolicy({ dev: false })).not.toContain("unsafe-eval");
  });

  it("lets the dev server inject styles and open its HMR socket, still without inline scripts", () => {
    const csp = directives(
      consoleContentSecurityPolicy({ dev: true, devSocketOrigin: "ws://localhost:5173" }),
    );
    expect(csp.get("style-src")).toContain("'unsafe-inline'");
    expect(csp.get("connect-src")).toBe("'self' ws://localhost:5173");
    expect(csp.get("script-src")).toBe("'self'");
  });

  it("puts in the meta tag everything but frame-ancestors, which only works as a header", () => {
    const meta = directives(consoleMetaContentSecurityPolicy());
    expect(meta.has("frame-ancestors")).toBe(false);
    expect(meta.get("script-src")).toBe("'self'");
  });

  it("forbids framing, sniffing and referrers as HTTP headers", () => {
    expect(consoleSecurityHeaders()).toEqual({
      "content-security-policy": consoleContentSecurityPolicy({ dev: false }),
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
  });
});
