import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpLiveHoldings } from "./live-holdings-lookup.ts";

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "";
    hits.push(path);
    if (path.startsWith("/ok/"))
      return void response
        .writeHead(200, { "content-type": "application/json" })
        .end(
          JSON.stringify({ holdings: [{ externalId: "acc-1", balance: { minor: 4200, currency: "EUR" } }] }),
        );
    if (path.startsWith("/slow/")) return void setTimeout(() => response.end("{}"), 1_000);
    if (path.startsWith("/garbage/")) return void response.end("<html>maintenance</html>");
    response.writeHead(500).end("boom");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function lookup(path: string, clock = { ms: 0 }) {
  return httpLiveHoldings({
    urls: { "core-banking": `${base}/${path}/{customerNumber}` },
    timeoutMs: 200,
    cacheMs: 30_000,
    now: () => new Date(clock.ms),
  });
}

describe("httpLiveHoldings", () => {
  it("asks the source with the customer number and reuses the answer until it expires", async () => {
    const clock = { ms: 0 };
    const live = lookup("ok", clock);
    const first = await live.lookup("core-banking", "K 1/2");
    expect(first).toMatchObject({ ok: true, holdings: [{ externalId: "acc-1", balance: { minor: 4200 } }] });
    await live.lookup("core-banking", "K 1/2");
    expect(hits.filter((hit) => hit === "/ok/K%201%2F2")).toHaveLength(1);
    clock.ms = 31_000;
    await live.lookup("core-banking", "K 1/2");
    expect(hits.filter((hit) => hit === "/ok/K%201%2F2")).toHaveLength(2);
  });

  it("gives up after the timeout and says so", async () => {
    const started = Date.now();
    expect(await lookup("slow").lookup("core-banking", "K-1")).toEqual({
      ok: false,
      failure: "timeout",
      status: null,
    });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("reports a server error with its status and asks again next time", async () => {
    const live = lookup("fails");
    expect(await live.lookup("core-banking", "K-1")).toEqual({ ok: false, failure: "status", status: 500 });
    await live.lookup("core-banking", "K-1");
    expect(hits.filter((hit) => hit === "/fails/K-1")).toHaveLength(2);
  });

  it("tells an answer it cannot read from a source it cannot reach", async () => {
    expect(await lookup("garbage").lookup("core-banking", "K-1")).toMatchObject({
      ok: false,
      failure: "malformed",
    });
    const closed = httpLiveHoldings({ urls: { crm: "http://127.0.0.1:1/{customerNumber}" }, timeoutMs: 500 });
    expect(await closed.lookup("crm", "K-1")).toMatchObject({ ok: false, failure: "unreachable" });
  });
});
