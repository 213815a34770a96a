import type { ServerResponse } from "node:http";

/** A reply the fake gives: status, JSON body and extra headers. */
export interface DiscourseReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A string body goes out as HTML (Discourse's and nginx's error pages), anything else as JSON. */
export function sendReply(response: ServerResponse, reply: DiscourseReply): void {
  const html = typeof reply.body === "string";
  response
    .writeHead(reply.status, {
      "content-type": html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
      ...reply.headers,
    })
    .end(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body));
}

/**
 * Discourse's error answers (ApplicationController#rescue_discourse_actions / render_json_error),
 * texts from config/locales/server.en.yml.
 */
export const discourseErrors = {
  /** A wrong Api-Key, or an Api-Username the key may not act as (invalid_api_credentials). */
  invalidApiCredentials: (): DiscourseReply => ({
    status: 403,
    body: {
      errors: ["You are not permitted to view the requested resource. The API username or key is invalid."],
      error_type: "invalid_access",
    },
  }),
  invalidAccess: (): DiscourseReply => ({
    status: 403,
    body: { errors: ["You are not permitted to view the requested resource."], error_type: "invalid_access" },
  }),
  notLoggedIn: (): DiscourseReply => ({
    status: 403,
    body: { errors: ["You need to be logged in to do that."], error_type: "not_logged_in" },
  }),
  notFound: (): DiscourseReply => ({
    status: 404,
    body: { errors: ["The requested URL or resource could not be found."], error_type: "not_found" },
  }),
  /**
   * RateLimiter::LimitExceeded: 429, Retry-After in seconds and extras.wait_seconds; an API key over
   * its per-minute budget carries Discourse-Rate-Limit-Error-Code.
   */
  rateLimited: (waitSeconds: number): DiscourseReply => {
    const timeLeft = `${String(waitSeconds)} ${waitSeconds === 1 ? "second" : "seconds"}`;
    return {
      status: 429,
      body: {
        errors: [`You’ve performed this action too many times. Please wait ${timeLeft} before trying again.`],
        error_type: "rate_limit",
        extras: { wait_seconds: waitSeconds, time_left: timeLeft },
      },
      headers: {
        "retry-after": String(waitSeconds),
        "discourse-rate-limit-error-code": "admin_api_key_rate_limit",
      },
    };
  },
  /** PostsController#create refusing a post (NewPostResultSerializer with errors; 422). */
  postRefused: (errors: string[]): DiscourseReply => ({
    status: 422,
    body: { action: "create_post", errors },
  }),
  /** What a crashed worker or the proxy in front answers: an HTML page, not JSON. */
  serverError: (status: number): DiscourseReply => ({
    status,
    body: `<html><body><h1>${String(status)}</h1><p>Something went wrong.</p></body></html>`,
  }),
};
