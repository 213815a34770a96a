import { connect, type Socket } from "node:net";
import type { AppRouter } from "@emma/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type TimelineListInput = inferRouterInputs<AppRouter>["timeline"]["list"];
export type TimelineListOutput = inferRouterOutputs<AppRouter>["timeline"]["list"];

const HEADER_END = Buffer.from("\r\n\r\n");

/**
 * timeline.list exactly as the console's httpBatchLink sends it (GET /trpc/timeline.list?batch=1
 * with the session's bearer token), over one keep-alive HTTP/1.1 connection per client, written
 * as bytes on a socket like wrk does. On a 2-core machine the load generator shares the CPU with
 * the API and PostgreSQL: the tRPC client with fetch costs ~1 ms per call and Node's http client
 * ~0.2 ms, and either would show up in every latency figure as the API's.
 *
 * `fetchRaw` answers with the body's bytes once they have all arrived (status 200 and a
 * Content-Length required, as the API sends them); `readAnswer` parses and checks one. Timed
 * loops keep the bytes and parse them after the clock stops, so JSON.parse of 30 KB per call does
 * not compete with the API for the two cores while latencies are taken, yet every answer is checked.
 */
export function leanTimelineClient(baseUrl: string, token: string) {
  const { hostname, port } = new URL(baseUrl);
  const connection = openConnection(hostname, Number(port));
  const fetchRaw = (input: TimelineListInput): Promise<Buffer> => {
    const path = `/trpc/timeline.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
    return connection.request(
      `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${token}\r\nConnection: keep-alive\r\n\r\n`,
    );
  };
  return { fetchRaw, fetch: async (input: TimelineListInput) => readAnswer(await fetchRaw(input)) };
}

export function readAnswer(body: Buffer): TimelineListOutput {
  const [answer] = JSON.parse(body.toString("utf8")) as (
    { result?: { data: TimelineListOutput }; error?: unknown } | undefined
  )[];
  if (!answer?.result) throw new Error(`timeline.list answered without a result: ${JSON.stringify(answer)}`);
  return answer.result.data;
}

/** The server closed an idle keep-alive connection as the request went out: safe to send again. */
class ClosedBeforeAnswer extends Error {}

/** One request at a time on one socket; the response is framed by its Content-Length. */
function openConnection(host: string, port: number) {
  let socket: Socket | undefined;
  let pending: { resolve: (body: Buffer) => void; reject: (error: Error) => void } | undefined;
  let received: Buffer = Buffer.alloc(0);

  const fail = (error: Error) => {
    const waiting = pending;
    pending = undefined;
    socket?.destroy();
    socket = undefined;
    waiting?.reject(error);
  };
  const onData = (chunk: Buffer) => {
    received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
    const headerEnd = received.indexOf(HEADER_END);
    if (headerEnd < 0 || !pending) return;
    const head = received.subarray(0, headerEnd).toString("latin1");
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    if (length === undefined) return fail(new Error(`an answer without Content-Length: ${head}`));
    const end = headerEnd + HEADER_END.length + Number(length);
    if (received.length < end) return;
    const body = received.subarray(headerEnd + HEADER_END.length, end);
    received = received.subarray(end);
    const waiting = pending;
    pending = undefined;
    if (head.startsWith("HTTP/1.1 200 ")) waiting.resolve(body);
    else
      waiting.reject(new Error(`timeline.list answered ${head.split("\r\n")[0]}: ${body.toString("utf8")}`));
  };
  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      const opened = connect({ host, port, noDelay: true }, () => resolve(opened));
      opened.on("data", onData);
      opened.once("error", (error) => {
        reject(error);
        fail(error);
      });
      opened.once("close", () => {
        if (socket === opened) socket = undefined;
        if (pending)
          fail(
            received.length === 0
              ? new ClosedBeforeAnswer("the API closed the connection before answering")
              : new Error("the API closed the connection in the middle of an answer"),
          );
      });
    });

  const send = async (head: string): Promise<Buffer> => {
    socket ??= await open();
    received = Buffer.alloc(0);
    const answer = new Promise<Buffer>((resolve, reject) => (pending = { resolve, reject }));
    socket.write(head);
    return answer;
  };
  return {
    async request(head: string): Promise<Buffer> {
      if (pending) throw new Error("one request at a time per connection");
      // A GET is safe to repeat once when the idle connection was closed under it.
      return send(head).catch((error: unknown) => {
        if (error instanceof ClosedBeforeAnswer) return send(head);
        throw error;
      });
    },
  };
}
