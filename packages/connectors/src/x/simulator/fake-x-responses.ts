import type { ServerResponse } from "node:http";

/** A rate-limit window of one endpoint, as X reports it in x-rate-limit-* headers. */
export interface RateWindow {
  limit: number;
  remaining: number;
  resetAt: Date;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, window?: RateWindow): void {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (window) {
    headers["x-rate-limit-limit"] = String(window.limit);
    headers["x-rate-limit-remaining"] = String(window.remaining);
    headers["x-rate-limit-reset"] = String(Math.floor(window.resetAt.getTime() / 1000));
  }
  response.writeHead(status, headers).end(JSON.stringify(body));
}

/** X's v2 problem shapes (RFC 7807 with X's types). */
export const problems = {
  unauthorized: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
  tooManyRequests: {
    title: "Too Many Requests",
    type: "about:blank",
    status: 429,
    detail: "Too Many Requests",
  },
  dmNotAccepted: {
    title: "Forbidden",
    type: "about:blank",
    status: 403,
    detail: "You cannot send messages to this user.",
  },
  serverError: {
    title: "Internal Server Error",
    type: "about:blank",
    status: 500,
    detail: "Internal Server Error",
  },
  invalidRequest: (detail: string) => ({
    errors: [{ parameters: {}, message: detail }],
    title: "Invalid Request",
    detail: "One or more parameters to your request was invalid.",
    type: "https://api.twitter.com/2/problems/invalid-request",
  }),
  notFound: (detail: string) => ({
    title: "Not Found Error",
    type: "https://api.twitter.com/2/problems/resource-not-found",
    detail,
  }),
};
