import { childMain } from "./child.ts";
import { leanTimelineClient } from "./lean-query.ts";

/** Child process: `clients` signed-in consoles calling timeline.list over HTTP, each one request at a time. */
export interface TimelineClientsInput {
  url: string;
  token: string;
  customerId: string;
  clients: number;
  requests: number;
  warmup: number;
  deepOffset: number;
  limit: number;
}

export interface TimelineClientsResult {
  first: number[];
  deep: number[];
  deepCursor: string;
  /** Items before the deep page, reached by following cursors once. */
  deepAt: number;
  walkMs: number;
  /** CPU of this load generator per measured request (ms), to show what it takes from the 2 cores. */
  clientCpuMsPerRequest: number;
}

export interface TimelineClientsJob {
  input: TimelineClientsInput;
  result: TimelineClientsResult;
}

childMain<TimelineClientsJob>(async (input, ask) => {
  const clients = Array.from({ length: input.clients }, () => leanTimelineClient(input.url, input.token));
  const page = (client: (typeof clients)[number], cursor?: string) =>
    client({
      customerId: input.customerId,
      limit: input.limit,
      ...(cursor ? { cursor } : {}),
    });
  // `clients` loops at once, `total` requests between them; latency of each request in ms.
  const load = async (total: number, cursor?: string) => {
    const latencies: number[] = [];
    let issued = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (issued++ < total) {
          const started = performance.now();
          await page(client, cursor);
          latencies.push(performance.now() - started);
        }
      }),
    );
    return latencies;
  };
  const [walker] = clients;
  if (!walker) throw new Error("need at least one client");

  await load(input.warmup);
  const walkStarted = performance.now();
  let cursor: string | undefined;
  let deepAt = 0;
  while (deepAt < input.deepOffset) {
    const result = await page(walker, cursor);
    if (!result.nextCursor)
      throw new Error(
        `the timeline ends after ${deepAt + result.items.length} items, before --deep-offset ${input.deepOffset}`,
      );
    deepAt += result.items.length;
    cursor = result.nextCursor;
  }
  const walkMs = performance.now() - walkStarted;
  const deepCursor = cursor ?? "";
  await load(input.warmup, deepCursor);
  await ask("measure-first");
  const cpuBefore = process.cpuUsage();
  const first = await load(input.requests);
  await ask("measure-deep");
  const deep = await load(input.requests, deepCursor);
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuMsPerRequest = (cpu.user + cpu.system) / 1000 / (2 * input.requests);
  return { first, deep, deepCursor, deepAt, walkMs, clientCpuMsPerRequest };
});
