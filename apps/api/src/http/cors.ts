import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Sets CORS headers for allowed origins; answers preflight requests. Returns true when the request
 * was answered here. Tokens travel in the Authorization header, never in cookies, so no credentials mode.
 */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  allowedOrigins: string[],
): boolean {
  const origin = request.headers.origin;
  if (origin && allowedOrigins.includes(origin)) {
    response.setHeader("access-control-allow-origin", origin);
    response.setHeader("vary", "Origin");
    response.setHeader(
      "access-control-allow-headers",
      "authorization, content-type, trpc-accept, last-event-id",
    );
    response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    response.setHeader("access-control-max-age", "600");
  }
  if (request.method === "OPTIONS") {
    response.writeHead(origin && allowedOrigins.includes(origin) ? 204 : 403);
    response.end();
    return true;
  }
  return false;
}
