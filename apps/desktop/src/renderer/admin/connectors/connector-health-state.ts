/*
 * How a connector is doing, in one word and its reasons, for the health board: what needs an admin
 * comes first. Free of React and i18n; reasons are codes the board words.
 */

/** Days before a token's expiry from which the board warns (Meta's own warning starts at 7). */
export const TOKEN_WARNING_DAYS = 7;
/** A received event still unprocessed after this long means the worker is stuck or behind. */
export const STALE_BACKLOG_SECONDS = 10 * 60;

export const HEALTH_STATES = ["failing", "warning", "healthy", "off"] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export type HealthReason =
  | "reconnect"
  | "lastError"
  | "failedEvents"
  | "failingSends"
  | "failedPolls"
  | "tokenExpired"
  | "tokenExpiresSoon"
  | "providerWarnings"
  | "staleBacklog";

const FAILING: ReadonlySet<HealthReason> = new Set([
  "reconnect",
  "lastError",
  "failedEvents",
  "failingSends",
  "failedPolls",
  "tokenExpired",
]);

/** The health facts the board reads; `connectors.list` gives them per connector. */
export interface HealthFacts {
  name: string;
  enabled: boolean;
  health: {
    lastError: string | null;
    reconnect: { reason: string } | null;
    failedPolls: number;
    failedEvents: number;
    failingSends: number;
    oldestPendingAgeSeconds: number | null;
    lastCheck: { warnings: string[] } | null;
    tokenExpiresAt: string | null;
  };
}

/** Failing before warning before healthy; a switched-off connector says "off" but keeps its reasons. */
export function healthOf(connector: HealthFacts, now: Date): { state: HealthState; reasons: HealthReason[] } {
  const { health } = connector;
  const reasons: HealthReason[] = [];
  if (health.reconnect) reasons.push("reconnect");
  if (health.lastError !== null) reasons.push("lastError");
  if (health.failedEvents > 0) reasons.push("failedEvents");
  if (health.failingSends > 0) reasons.push("failingSends");
  if (health.failedPolls > 0) reasons.push("failedPolls");
  if (health.tokenExpiresAt !== null) {
    const left = new Date(health.tokenExpiresAt).getTime() - now.getTime();
    if (left <= 0) reasons.push("tokenExpired");
    else if (left <= TOKEN_WARNING_DAYS * 86_400_000) reasons.push("tokenExpiresSoon");
  }
  if ((health.lastCheck?.warnings.length ?? 0) > 0) reasons.push("providerWarnings");
  if ((health.oldestPendingAgeSeconds ?? 0) > STALE_BACKLOG_SECONDS) reasons.push("staleBacklog");
  const state: HealthState = !connector.enabled
    ? "off"
    : reasons.some((reason) => FAILING.has(reason))
      ? "failing"
      : reasons.length > 0
        ? "warning"
        : "healthy";
  return { state, reasons };
}

/** The board's order: problems first, then by name. */
export function byUrgency<T extends HealthFacts>(connectors: readonly T[], now: Date): T[] {
  const rank = (connector: T) => HEALTH_STATES.indexOf(healthOf(connector, now).state);
  return [...connectors].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
