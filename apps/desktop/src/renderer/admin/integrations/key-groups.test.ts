import { describe, expect, it } from "vitest";
import type { IntegrationKey } from "./integration-types.ts";
import { keyGroups } from "./key-groups.ts";

function key(
  name: string,
  sourceSystem: string,
  createdAt: string,
  revokedAt: string | null = null,
): IntegrationKey {
  return {
    id: name,
    name,
    sourceSystem,
    createdAt,
    createdByName: "Anna Admin",
    lastUsedAt: null,
    revokedAt,
    revokedByName: revokedAt ? "Anna Admin" : null,
  };
}

describe("keyGroups", () => {
  it("lists each system's keys together, active before revoked, newest first", () => {
    const groups = keyGroups([
      key("old", "core-banking", "2026-01-01T00:00:00Z"),
      key("cards", "cards", "2026-02-01T00:00:00Z"),
      key("revoked", "core-banking", "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"),
      key("new", "core-banking", "2026-02-15T00:00:00Z"),
    ]);
    expect(
      groups.map((group) => [group.sourceSystem, group.activeCount, group.keys.map((k) => k.name)]),
    ).toEqual([
      ["cards", 1, ["cards"]],
      ["core-banking", 2, ["new", "old", "revoked"]],
    ]);
  });
});
