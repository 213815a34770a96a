import { describe, expect, it } from "vitest";
import { adminPageOf, adminPagesFor } from "./admin-pages.ts";

describe("admin pages", () => {
  it("are an admin's only", () => {
    expect(adminPagesFor("agent")).toEqual([]);
    expect(adminPagesFor("supervisor")).toEqual([]);
    expect(adminPagesFor("admin").map((page) => page.path)).toEqual([
      "users",
      "teams",
      "connectors",
      "holdings-import",
      "service-hours",
      "retention",
      "matching",
      "erasure-requests",
    ]);
  });

  it("open the page a link names, and the first one for a bare or unknown link", () => {
    expect(adminPageOf("admin", "connectors")?.path).toBe("connectors");
    expect(adminPageOf("admin", undefined)?.path).toBe("users");
    expect(adminPageOf("admin", "printers")?.path).toBe("users");
    expect(adminPageOf("agent", "users")).toBeUndefined();
  });
});
