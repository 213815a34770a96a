import type { IncomingMessage } from "node:http";

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
  }
}

/**
 * The raw bytes exactly as sent: signatures are computed over them, not over re-serialized JSON.
 * Past the limit the rest is read and dropped rather than the request destroyed: destroying it
 * resets the connection, and the sender would never see the 413 that says why.
 */
export function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      chunks.length = 0;
      request.resume();
      reject(new BodyTooLargeError(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const stop = () => {
      request.off("data", onData).off("end", onEnd).off("error", onError);
    };
    request.on("data", onData).on("end", onEnd).on("error", onError);
  });
}
