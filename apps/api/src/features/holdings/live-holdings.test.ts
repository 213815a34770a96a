import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let server: Server;
let t: TestApp;
const customers = { numbered: "", unnumbered: "" };

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/core/K-1")
      return void response.end(
        JSON.stringify({ holdings: [{ externalId: "acc-1", balance: { minor: 99, currency: "EUR" } }] }),
      );
    response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  t = await createTestApp({
    liveHoldingsUrls: {
      "core-banking": `${base}/core/{customerNumber}`,
      cards: `${base}/cards/{customerNumber}`,
    },
  });
  const { db } = t.database;
  for (const [key, number] of [
    ["numbered", "K-1"],
    ["unnumbered", null],
  ] as const) {
    const row = await db
      .insertInto("customers")
      .values({ display_name: key, customer_number: number })
      .returning("id")
      .executeTakeFirstOrThrow();
    customers[key] = row.id;
    for (const [source, externalId] of [
      ["core-banking", `acc-1-${key}`],
      ["cards", `card-1-${key}`],
    ] as const)
      await db
        .insertInto("customer_products")
        .values({
          customer_id: row.id,
          origin_customer_id: row.id,
          kind: "account",
          name: "Girokonto",
          reference: externalId,
          source_system: source,
          external_id: externalId,
        })
        .execute();
  }
});
afterAll(async () => {
  await t.close();
  server.close();
});

describe("holdings.live", () => {
  it("asks each source the customer holds something in, and names the one that failed", async () => {
    expect(await t.caller("agent").holdings.live({ customerId: customers.numbered })).toEqual([
      { sourceSystem: "cards", ok: false, failure: "status", status: 503 },
      {
        sourceSystem: "core-banking",
        ok: true,
        fetchedAt: expect.any(String) as string,
        holdings: [{ externalId: "acc-1", balance: { minor: 99, currency: "EUR" } }],
      },
    ]);
  });

  it("asks nothing for a customer without a customer number", async () => {
    expect(await t.caller("agent").holdings.live({ customerId: customers.unnumbered })).toEqual([]);
  });
});

describe("holdings.liveSources", () => {
  it("names the sources asked live, and not where they are asked", async () => {
    const answer = await t.caller("admin").holdings.liveSources();
    expect(answer).toEqual({ sources: ["cards", "core-banking"] });
    expect(JSON.stringify(answer)).not.toContain("127.0.0.1");
  });
});
