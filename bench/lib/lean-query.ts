import { Agent, request } from "node:http";
import type { AppRouter } from "@emma/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type TimelineListInput = inferRouterInputs<AppRouter>["timeline"]["list"];
export type TimelineListOutput = inferRouterOutputs<AppRouter>["timeline"]["list"];

/**
 * timeline.list exactly as the console's httpBatchLink sends it (GET /trpc/timeline.list?batch=1),
 * on one keep-alive socket per client, without the tRPC client and fetch: on a 2-core machine the
 * load generator shares the CPU with the API and PostgreSQL, and the client library's own ~1 ms per
 * call would otherwise be part of every latency figure.
 *
 * `fetchRaw` answers with the response body's bytes once it has fully arrived (status 200 checked);
 * `readAnswer` parses and checks one. Timed loops keep the bytes and parse them after the clock
 * stops, so JSON.parse of 30 KB per call (the load generator's largest cost) does not compete with
 * the API for the two cores while latencies are taken, yet every answer is still checked.
 */
export function leanTimelineClient(baseUrl: string, token: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  const headers = { authorization: `Bearer ${token}` };
  const fetchRaw = (input: TimelineListInput): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const path = `/trpc/timeline.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
      const call = request({ agent, hostname, port, path, method: "GET", headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const body = chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
          if (response.statusCode === 200) resolve(body);
          else
            reject(
              new Error(`timeline.list answered ${String(response.statusCode)}: ${body.toString("utf8")}`),
            );
        });
      });
      call.on("error", reject);
      call.end();
    });
  return {
    fetchRaw,
    fetch: async (input: TimelineListInput) => readAnswer(await fetchRaw(input)),
  };
}

export function readAnswer(body: Buffer): TimelineListOutput {
  const [answer] = JSON.parse(body.toString("utf8")) as (
    { result?: { data: TimelineListOutput }; error?: unknown } | undefined
  )[];
  if (!answer?.result) throw new Error(`timeline.list answered without a result: ${JSON.stringify(answer)}`);
  return answer.result.data;
}
