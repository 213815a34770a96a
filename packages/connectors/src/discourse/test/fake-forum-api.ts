import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ForumRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export type ForumAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/** A local HTTP server that answers like Discourse does, route by route, recording every request. */
export async function startFakeForumApi(
  answer: (request: ForumRequest) => ForumAnswer,
): Promise<{ url: string; requests: ForumRequest[]; close: () => Promise<void> }> {
  const requests: ForumRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://forum.local");
      const text = Buffer.concat(chunks).toString("utf8");
      const request: ForumRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: text === "" ? null : (JSON.parse(text) as unknown),
      };
      requests.push(request);
      const { status, body, headers } = answer(request);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
