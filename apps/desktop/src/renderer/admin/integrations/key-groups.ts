import type { IntegrationKey } from "./integration-types.ts";

export interface KeyGroup {
  sourceSystem: string;
  /** Active keys first, then revoked ones; newest first within each. */
  keys: IntegrationKey[];
  activeCount: number;
}

/** The keys per source system, systems in alphabetical order, so each system's keys read together. */
export function keyGroups(keys: readonly IntegrationKey[]): KeyGroup[] {
  const bySource = new Map<string, IntegrationKey[]>();
  for (const key of keys) bySource.set(key.sourceSystem, [...(bySource.get(key.sourceSystem) ?? []), key]);
  return [...bySource.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sourceSystem, list]) => ({
      sourceSystem,
      keys: [...list].sort(
        (a, b) =>
          Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
          b.createdAt.localeCompare(a.createdAt),
      ),
      activeCount: list.filter((key) => key.revokedAt === null).length,
    }));
}
