import { describe, expect, it } from "vitest";
import { byUrgency, healthOf, type HealthFacts } from "./connector-health-state.ts";

const now = new Date("2026-12-04T12:00:00Z");
const DAY = 86_400_000;

function connector(name: string, health: Partial<HealthFacts["health"]> = {}, enabled = true): HealthFacts {
  return {
    name,
    enabled,
    health: {
      lastError: null,
      reconnect: null,
      failedPolls: 0,
      failedEvents: 0,
      failingSends: 0,
      oldestPendingAgeSeconds: null,
      lastCheck: null,
      tokenExpiresAt: null,
      ...health,
    },
  };
}

describe("a connector's health", () => {
  it("is healthy with nothing to report", () => {
    expect(healthOf(connector("Mail"), now)).toEqual({ state: "healthy", reasons: [] });
  });

  it("is failing with failed events, failing sends, an error or a broken connection", () => {
    expect(healthOf(connector("A", { failedEvents: 2 }), now)).toEqual({
      state: "failing",
      reasons: ["failedEvents"],
    });
    expect(healthOf(connector("B", { failingSends: 1 }), now).state).toBe("failing");
    expect(healthOf(connector("C", { lastError: "535 auth failed", failedPolls: 3 }), now)).toEqual({
      state: "failing",
      reasons: ["lastError", "failedPolls"],
    });
    expect(healthOf(connector("D", { reconnect: { reason: "Token expired" } }), now).reasons).toEqual([
      "reconnect",
    ]);
  });

  it("warns of a token expiring within a week, and fails once it has", () => {
    const soon = new Date(now.getTime() + 3 * DAY).toISOString();
    const later = new Date(now.getTime() + 30 * DAY).toISOString();
    const past = new Date(now.getTime() - 1000).toISOString();
    expect(healthOf(connector("A", { tokenExpiresAt: soon }), now)).toEqual({
      state: "warning",
      reasons: ["tokenExpiresSoon"],
    });
    expect(healthOf(connector("B", { tokenExpiresAt: later }), now).state).toBe("healthy");
    expect(healthOf(connector("C", { tokenExpiresAt: past }), now)).toEqual({
      state: "failing",
      reasons: ["tokenExpired"],
    });
  });

  it("warns of the provider's warnings and of events waiting too long", () => {
    expect(
      healthOf(connector("A", { lastCheck: { warnings: ["lacks pages_messaging"] } }), now).reasons,
    ).toEqual(["providerWarnings"]);
    expect(healthOf(connector("B", { oldestPendingAgeSeconds: 3600 }), now)).toEqual({
      state: "warning",
      reasons: ["staleBacklog"],
    });
    expect(healthOf(connector("C", { oldestPendingAgeSeconds: 20 }), now).state).toBe("healthy");
  });

  it("is off when switched off, its problems still named", () => {
    expect(healthOf(connector("A", { failedEvents: 1 }, false), now)).toEqual({
      state: "off",
      reasons: ["failedEvents"],
    });
  });
});

describe("the board's order", () => {
  it("puts failing before warning before healthy before off, then by name", () => {
    const list = [
      connector("Zeta"),
      connector("Off", { failedEvents: 4 }, false),
      connector("Beta", { oldestPendingAgeSeconds: 3600 }),
      connector("Alpha"),
      connector("Mail", { failingSends: 1 }),
    ];
    expect(byUrgency(list, now).map((c) => c.name)).toEqual(["Mail", "Beta", "Alpha", "Zeta", "Off"]);
  });
});
