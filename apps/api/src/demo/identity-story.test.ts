import { identityKey, normalizeIdentity, resolveIdentities } from "@emma/core";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, keyOf, messagesOf } from "./test-fixture.ts";
import type { DemoContact, DemoCustomer, DemoMessage } from "./types.ts";

let customers: DemoCustomer[];

beforeAll(() => {
  customers = generate(2_000);
});

interface Replay {
  /** External id → the customer Emma files the message under. */
  filedUnder: Map<string, string>;
  /** External id → the customers of the merge suggestion the message raised. */
  suggestions: Map<string, string[]>;
  /** Linked identifiers that already existed when their customer was seeded. */
  preexisting: string[];
}

/**
 * Replays the demo through core's real identity resolution, with an in-memory identity table: the
 * bank's records first, then messages either customer by customer (what the seeder does) or all
 * sorted by time.
 */
function replay(order: "stream" | "chronological"): Replay {
  const owners = new Map<string, string>();
  const result: Replay = { filedUnder: new Map(), suggestions: new Map(), preexisting: [] };
  let created = 0;
  const seed = (customer: DemoCustomer) => {
    for (const { identity, linked } of customer.identities) {
      if (!linked) continue;
      const key = keyOf(identity);
      if (owners.has(key)) result.preexisting.push(key);
      owners.set(key, customer.key);
    }
  };
  const ingest = (message: DemoMessage) => {
    const identities = message.author.identities.map((raw) => {
      const normalized = normalizeIdentity(raw, { defaultCountry: "DE" });
      if (!normalized.ok) throw new Error(`${message.externalId}: ${normalized.detail}`);
      return normalized.identity;
    });
    const resolution = resolveIdentities(identities, owners);
    const customerId = resolution.kind === "new-customer" ? `new-${++created}` : resolution.customerId;
    if (resolution.kind === "conflict")
      result.suggestions.set(message.externalId, resolution.suggestion.customerIds);
    for (const identity of resolution.identitiesToCreate) owners.set(identityKey(identity), customerId);
    result.filedUnder.set(message.externalId, customerId);
  };
  if (order === "stream") {
    for (const customer of customers) {
      seed(customer);
      for (const message of messagesOf(customer)) ingest(message);
    }
  } else {
    customers.forEach(seed);
    const all = customers.flatMap(messagesOf).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    all.forEach(ingest);
  }
  return result;
}

const contactsOf = (scenario: DemoContact["scenario"]) =>
  customers.flatMap((customer) =>
    customer.contacts.filter((c) => c.scenario === scenario).map((contact) => ({ customer, contact })),
  );

describe.each(["stream", "chronological"] as const)("identity resolution, %s order", (order) => {
  let run: Replay;
  beforeAll(() => {
    run = replay(order);
  });

  it("files every regular conversation under its customer (forum replies under the member who wrote)", () => {
    expect(run.preexisting).toEqual([]);
    const keys = new Set(customers.map((c) => c.key));
    for (const { customer, contact } of contactsOf("regular")) {
      for (const message of contact.messages) {
        const filed = run.filedUnder.get(message.externalId);
        if (contact.channel === "forum" && filed !== customer.key) {
          expect(keys.has(filed ?? ""), message.externalId).toBe(true);
          expect((filed ?? "") < customer.key, "community members are earlier customers").toBe(true);
        } else {
          expect(filed, message.externalId).toBe(customer.key);
        }
      }
    }
  });

  it("files split-identity conversations under a second, new customer", () => {
    const splits = contactsOf("split-identity");
    expect(splits.length).toBeGreaterThan(10);
    for (const { contact } of splits) {
      const filed = new Set(contact.messages.map((m) => run.filedUnder.get(m.externalId)));
      expect(filed.size).toBe(1);
      expect([...filed][0]).toMatch(/^new-/);
    }
  });

  it("raises merge suggestions exactly for the bridge events, between the documented customers", () => {
    const expected = new Map<string, string[]>();
    for (const { customer, contact } of contactsOf("same-person-bridge")) {
      const split = customer.contacts.find((c) => c.scenario === "split-identity")?.messages[0];
      const second = run.filedUnder.get(split?.externalId ?? "") ?? "";
      expected.set(contact.messages[0]?.externalId ?? "", [customer.key, second].sort());
    }
    for (const { customer, contact } of contactsOf("household-bridge")) {
      const partner = customers[customer.index - 1]?.key ?? "";
      expected.set(contact.messages[0]?.externalId ?? "", [partner, customer.key].sort());
    }
    expect(contactsOf("same-person-bridge").length).toBeGreaterThan(3);
    expect(contactsOf("household-bridge").length).toBeGreaterThan(3);
    const actual = new Map([...run.suggestions].map(([id, ids]) => [id, [...ids].sort()]));
    expect(actual).toEqual(expected);
  });
});

describe("cross-channel coverage", () => {
  const channelCount = (c: DemoCustomer) => new Set(c.contacts.map((k) => k.channel)).size;

  it("most customers use one to three channels, at least a quarter three to five", () => {
    const counts = customers.map(channelCount);
    expect(counts.every((n) => n >= 1 && n <= 5)).toBe(true);
    expect(counts.filter((n) => n <= 3).length / counts.length).toBeGreaterThan(0.5);
    expect(counts.filter((n) => n >= 3).length / counts.length).toBeGreaterThanOrEqual(0.25);
    for (const channel of ["email", "phone", "facebook", "twitter", "forum"] as const) {
      expect(
        customers.filter((c) => c.contacts.some((k) => k.channel === channel)).length / customers.length,
      ).toBeGreaterThan(0.1);
    }
  });

  it("gives every identifier to exactly one customer", () => {
    const owner = new Map<string, string>();
    for (const customer of customers) {
      for (const { identity } of customer.identities) {
        const key = keyOf(identity);
        expect(owner.get(key) ?? customer.key, key).toBe(customer.key);
        owner.set(key, customer.key);
      }
    }
  });

  it("looks like a German bank's customers: umlauts, IDN domains, E.164 numbers, some English", () => {
    expect(customers.filter((c) => /[äöüßÄÖÜ]/.test(c.displayName)).length).toBeGreaterThan(100);
    const identities = customers.flatMap((c) => c.identities.map((i) => i.identity));
    expect(identities.some((i) => i.kind === "email" && /@.*[äöüß]/.test(i.value))).toBe(true);
    for (const phone of identities.filter((i) => i.kind === "phone"))
      expect(phone.value).toMatch(/^\+49[1-9]\d{8,11}$/);
    for (const handle of identities.filter((i) => i.kind === "twitter"))
      expect(handle.display).toMatch(/^@\w{1,15}$/);
    const english = customers.filter((c) => c.locale === "en").length / customers.length;
    expect(english).toBeGreaterThan(0.05);
    expect(english).toBeLessThan(0.3);
  });
});
