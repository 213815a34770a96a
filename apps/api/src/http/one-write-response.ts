import type { IncomingMessage, ServerResponse } from "node:http";

type Callback = (error?: Error | null) => void;

/**
 * tRPC streams every response: `res.write(body)` then `res.end()`, which makes a chunked response
 * in two socket writes (the body, then the closing chunk). On loopback and in VMs each socket write
 * costs a wake-up of the reader, and at the console's request rates that was a large share of the
 * API's CPU per call. A batch response is in memory anyway, so it is collected here and sent with a
 * Content-Length in one write. Not for the SSE stream, which must flush each event as it happens.
 */
export function sendInOneWrite(request: IncomingMessage, response: ServerResponse): void {
  if (request.headers.accept?.includes("text/event-stream")) return;
  const chunks: Buffer[] = [];
  const end = response.end.bind(response) as (body: Buffer, callback?: Callback) => ServerResponse;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array)
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    // Always room: nothing is written until end, so nobody needs to wait for "drain".
    return true;
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (typeof chunk !== "function") collect(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg): arg is Callback => typeof arg === "function");
    const body = Buffer.concat(chunks);
    if (!response.headersSent) {
      response.removeHeader("transfer-encoding");
      response.setHeader("content-length", body.length);
    }
    return end(body, done);
  }) as ServerResponse["end"];
}
