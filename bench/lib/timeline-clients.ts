import { childMain } from "./child.ts";
import { leanTimelineClient, readAnswer } from "./lean-query.ts";

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
  const pageInput = (cursor?: string) => ({
    customerId: input.customerId,
    limit: input.limit,
    ...(cursor ? { cursor } : {}),
  });
  // `clients` loops at once, `total` requests between them; latency of each request in ms. The
  // answers are parsed and checked after the loops (see leanTimelineClient).
  let timedCpuMs = 0;
  const load = async (total: number, cursor?: string) => {
    const latencies: number[] = [];
    const answers: Buffer[] = [];
    let issued = 0;
    const cpuBefore = process.cpuUsage();
    await Promise.all(
      clients.map(async (client) => {
        while (issued++ < total) {
          const started = performance.now();
          answers.push(await client.fetchRaw(pageInput(cursor)));
          latencies.push(performance.now() - started);
        }
      }),
    );
    const cpu = process.cpuUsage(cpuBefore);
    timedCpuMs += (cpu.user + cpu.system) / 1000;
    for (const answer of answers) {
      const { items } = readAnswer(answer);
      if (items.length !== input.limit)
        throw new Error(`a timeline page held ${items.length} items instead of ${input.limit}`);
    }
    return latencies;
  };
  const [walker] = clients;
  if (!walker) throw new Error("need at least one client");

  await load(input.warmup);
  const walkStarted = performance.now();
  let cursor: string | undefined;
  let deepAt = 0;
  while (deepAt < input.deepOffset) {
    const result = await walker.fetch(pageInput(cursor));
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
  timedCpuMs = 0;
  const first = await load(input.requests);
  await ask("measure-deep");
  const deep = await load(input.requests, deepCursor);
  const clientCpuMsPerRequest = timedCpuMs / (2 * input.requests);
  return { first, deep, deepCursor, deepAt, walkMs, clientCpuMsPerRequest };
});
