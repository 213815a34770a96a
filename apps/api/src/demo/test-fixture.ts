import { identityKey, normalizeIdentity, type RawIdentity } from "@emma/core";
import { demoCustomers } from "./customers.ts";
import type { DemoCustomer, DemoMessage } from "./types.ts";

// Shared by the demo tests only.

export const NOW = new Date("2025-06-01T10:00:00.000Z");

export function generate(customers: number, seed = 42): DemoCustomer[] {
  return [...demoCustomers({ customers, seed, now: NOW })];
}

export function messagesOf(customer: DemoCustomer): DemoMessage[] {
  return customer.contacts.flatMap((contact) => contact.messages);
}

/** The (kind, value) key Emma links by; throws if the identifier would be rejected. */
export function keyOf(raw: RawIdentity): string {
  const result = normalizeIdentity(raw, { defaultCountry: "DE" });
  if (!result.ok) throw new Error(`${raw.kind} ${raw.value} does not normalize: ${result.detail}`);
  return identityKey(result.identity);
}
