import { providerContext } from "../../test-support/provider-context.ts";
import type { FakeXApi } from "../simulator/fake-x-api.ts";
import type { SimulatedXUser } from "../simulator/xaa-builders.ts";
import { xConfigSchema, xSecretsSchema, type XConfig, type XSecrets } from "../x-config.ts";

// Ids beyond 2^53 (9007199254740992), as X's are: a Number would round them.
export const ACCOUNT: SimulatedXUser = {
  id: "1111111111111111111",
  username: "emma_bank",
  name: "Emma Bank",
};
export const ANNA: SimulatedXUser = { id: "2222222222222222223", username: "anna_k", name: "Anna K" };
export const BEN: SimulatedXUser = { id: "1234567890123456789", username: "ben", name: "Ben" };
export const CONSUMER_SECRET = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu";

export function xConfig(overrides: Partial<Record<keyof XConfig, unknown>> = {}): XConfig {
  return xConfigSchema.parse({ accountUserId: ACCOUNT.id, handle: ACCOUNT.username, ...overrides });
}

/** Secrets for the fake API's account, as an admin's "connect X account" would store them. */
export function oauth2Secrets(api: FakeXApi, now?: Date): XSecrets {
  const issued = api.issueTokens(now);
  return xSecretsSchema.parse({
    consumerSecret: CONSUMER_SECRET,
    oauth2: { clientId: "emma-client-id", clientSecret: "emma-client-secret", ...issued },
  });
}

export function oauth2Context(api: FakeXApi, overrides: Partial<Record<keyof XConfig, unknown>> = {}) {
  return providerContext({
    config: xConfig({ apiBase: api.url, ...overrides }),
    secrets: oauth2Secrets(api),
  });
}
