import { CONSENT_PURPOSES, PRODUCT_KINDS, PRODUCT_STATUSES, inboundMessageSchema } from "@emma/core";
import { beforeAll, describe, expect, it } from "vitest";
import { isValidIban } from "./iban.ts";
import { demoStaff } from "./staff.ts";
import { generateDemo } from "./index.ts";
import { generate, messagesOf, NOW } from "./test-fixture.ts";
import type { DemoCustomer } from "./types.ts";

const DAY = 86_400_000;
let customers: DemoCustomer[];

beforeAll(() => {
  customers = generate(600);
});

describe("messages", () => {
  it("every one passes the inbound message schema", () => {
    for (const customer of customers) {
      for (const message of messagesOf(customer))
        expect(() => inboundMessageSchema.parse(message), message.externalId).not.toThrow();
    }
  });

  it("sent by our team name the colleague who wrote them, never just our channel", () => {
    const colleagues = new Set(demoStaff().users.map((user) => user.displayName));
    const outbound = customers.flatMap((customer) =>
      messagesOf(customer).filter((message) => message.direction === "outbound"),
    );
    expect(outbound.length).toBeGreaterThan(100);
    for (const message of outbound)
      expect(colleagues.has(String(message.metadata?.agent)), message.externalId).toBe(true);
  });

  it("have unique external ids, and one thread key per conversation", () => {
    const externalIds = new Set<string>();
    const threads = new Set<string>();
    for (const customer of customers) {
      for (const contact of customer.contacts) {
        const thread = `${contact.channel} ${contact.threadKey}`;
        expect(threads.has(thread), thread).toBe(false);
        threads.add(thread);
        for (const message of contact.messages) {
          expect(message.threadKey).toBe(contact.threadKey);
          expect(message.channel).toBe(contact.channel);
          const id = `${message.channel} ${message.externalId}`;
          expect(externalIds.has(id), id).toBe(false);
          externalIds.add(id);
        }
      }
    }
  });

  it("lie in the 18 months before now and increase within a thread", () => {
    const now = NOW.getTime();
    for (const customer of customers) {
      for (const contact of customer.contacts) {
        expect(contact.messages.length).toBeGreaterThan(0);
        let previous = -Infinity;
        for (const message of contact.messages) {
          const at = Date.parse(message.occurredAt);
          expect(at).toBeGreaterThan(previous);
          expect(at).toBeLessThan(now);
          expect(at).toBeGreaterThan(now - 550 * DAY);
          previous = at;
        }
      }
    }
  });

  it("keep the queues alive: a good share of customers wrote in the last three days", () => {
    const recent = customers.filter((c) =>
      messagesOf(c).some((m) => NOW.getTime() - Date.parse(m.occurredAt) < 3 * DAY),
    );
    expect(recent.length / customers.length).toBeGreaterThan(0.1);
    expect(customers.some((c) => c.contacts.some((k) => k.status === "open"))).toBe(true);
  });

  it("have recordings only for customers who consented to recording", () => {
    for (const customer of customers) {
      const consented = customer.consents.some((c) => c.purpose === "recording" && c.state === "granted");
      const recorded = messagesOf(customer).some(
        (m) => m.kind === "call" && m.call?.recordingUrl !== undefined,
      );
      if (recorded) expect(consented, customer.key).toBe(true);
    }
  });
});

describe("products and consents", () => {
  it("fit the customer_products and consents tables", () => {
    const references = new Set<string>();
    for (const customer of customers) {
      expect(customer.products.some((p) => p.kind === "account")).toBe(true);
      for (const product of customer.products) {
        expect(PRODUCT_KINDS).toContain(product.kind);
        expect(PRODUCT_STATUSES).toContain(product.status);
        expect(product.openedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(product.openedAt <= NOW.toISOString().slice(0, 10)).toBe(true);
        expect(product.balanceMinor === null || Number.isSafeInteger(product.balanceMinor)).toBe(true);
        expect(references.has(product.reference), product.reference).toBe(false);
        references.add(product.reference);
        if (product.kind === "account" || product.kind === "deposit") {
          expect(product.reference).toMatch(/^DE\d{20}$/);
          expect(isValidIban(product.reference), product.reference).toBe(true);
        }
        if (product.kind === "card") expect(product.details.maskedPan).toMatch(/^\*{4} \d{4}$/);
      }
      const scopes = customer.consents.map((c) => `${c.channel ?? "all"}/${c.purpose}`);
      expect(new Set(scopes).size).toBe(scopes.length);
      for (const { purpose } of customer.consents) expect(CONSENT_PURPOSES).toContain(purpose);
    }
  });

  it("match the conversations: a recently stolen card is blocked, a loan question has a loan", () => {
    const anna = customers[0];
    expect(anna?.products.some((p) => p.kind === "card" && p.status === "blocked")).toBe(true);
    for (const customer of customers) {
      const asksLoan = customer.contacts.some((c) => c.team === "Baufinanzierung");
      if (asksLoan)
        expect(
          customer.products.some((p) => p.name === "Baufinanzierung"),
          customer.key,
        ).toBe(true);
    }
  });
});

describe("determinism", () => {
  it("gives byte-identical output for the same options", () => {
    expect(JSON.stringify(generate(150, 9))).toBe(JSON.stringify(generate(150, 9)));
  });

  it("changes with the seed", () => {
    expect(JSON.stringify(generate(20, 1))).not.toBe(JSON.stringify(generate(20, 2)));
  });

  it("does not depend on how many customers are generated, nor on iterating from the start", () => {
    const fewer = generate(40);
    expect(JSON.stringify(fewer)).toBe(JSON.stringify(customers.slice(0, 40)));
    const demo = generateDemo({ customers: 600, seed: 42, now: NOW });
    expect(JSON.stringify(demo.customerAt(321))).toBe(JSON.stringify(customers[321]));
    expect(() => demo.customerAt(600)).toThrow(RangeError);
  });

  it("validates its options", () => {
    expect(() => generateDemo({ customers: -1, seed: 1, now: NOW })).toThrow();
    expect(() => generateDemo({ customers: 1, seed: 1.5, now: NOW })).toThrow();
    expect(() => generateDemo({ customers: 1, seed: 1, now: new Date(Number.NaN) })).toThrow();
  });
});
