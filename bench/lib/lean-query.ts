import { Agent, request } from "node:http";
import type { AppRouter } from "@emma/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type TimelineList = {
  input: inferRouterInputs<AppRouter>["timeline"]["list"];
  output: inferRouterOutputs<AppRouter>["timeline"]["list"];
};

/**
 * timeline.list exactly as the console's httpBatchLink sends it (GET /trpc/timeline.list?batch=1),
 * on one keep-alive socket per client, without the tRPC client and fetch: on a 2-core machine the
 * load generator shares the CPU with the API and PostgreSQL, and the client library's own ~1 ms per
 * call would otherwise be part of every latency figure.
 */
export function leanTimelineClient(baseUrl: string, token: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  const headers = { authorization: `Bearer ${token}` };
  return (input: TimelineList["input"]): Promise<TimelineList["output"]> =>
    new Promise((resolve, reject) => {
      const path = `/trpc/timeline.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
      const call = request({ agent, hostname, port, path, method: "GET", headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          try {
            const [answer] = JSON.parse(Buffer.concat(chunks).toString("utf8")) as (
              { result?: { data: TimelineList["output"] }; error?: unknown } | undefined
            )[];
            if (response.statusCode === 200 && answer?.result) resolve(answer.result.data);
            else
              reject(
                new Error(`timeline.list answered ${String(response.statusCode)}: ${JSON.stringify(answer)}`),
              );
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      call.on("error", reject);
      call.end();
    });
}
