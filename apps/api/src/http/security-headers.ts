import type { Socket } from "node:net";
import type { ServerResponse } from "node:http";
import { consoleSecurityHeaders } from "@emma/core";

const SECURITY_HEADERS = consoleSecurityHeaders();

/**
 * Every response of the API's origin carries the console's policy (no framing, no sniffing, no
 * referrer) and `no-store`: tRPC answers, downloads, errors and webhook receipts carry customer
 * data that no browser or proxy cache may keep. The console's static files set their own caching.
 */
export function applySecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader("cache-control", "no-store");
}

/**
 * A request Node's HTTP parser refuses (headers or URL too large, malformed syntax) never reaches
 * a handler; without this, the client gets an empty answer or a reset instead of a reason.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) return;
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = JSON.stringify({
    error: tooLarge
      ? {
          code: "headers_too_large",
          message: "The URL or headers are too large; send large input in a POST body",
        }
      : { code: "bad_request", message: "The request is not valid HTTP" },
  });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nx-content-type-options: nosniff\r\n` +
      `cache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
  );
}
