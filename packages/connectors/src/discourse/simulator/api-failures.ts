import { discourseErrors, type DiscourseReply } from "./discourse-errors.ts";

/** The API endpoints the fake serves, named for failure injection and the request log. */
export const DISCOURSE_ENDPOINTS = [
  "latest",
  "topic",
  "topic_posts",
  "post",
  "create_post",
  "session",
  "user",
  "admin_user",
  "private_messages",
] as const;
export type DiscourseEndpoint = (typeof DISCOURSE_ENDPOINTS)[number];

/** What the next call of an endpoint answers instead of its route. */
export type DiscourseFailure =
  | { kind: "rate_limit"; waitSeconds?: number }
  | { kind: "server_error"; status?: 500 | 502 | 503 }
  | { kind: "reply"; status: number; body: unknown; headers?: Record<string, string> };

export function failureReply(failure: DiscourseFailure): DiscourseReply {
  switch (failure.kind) {
    case "rate_limit":
      return discourseErrors.rateLimited(failure.waitSeconds ?? 30);
    case "server_error":
      return discourseErrors.serverError(failure.status ?? 500);
    case "reply":
      return {
        status: failure.status,
        body: failure.body,
        ...(failure.headers ? { headers: failure.headers } : {}),
      };
    default: {
      const unknown: never = failure;
      throw new Error(`unknown failure ${JSON.stringify(unknown)}`);
    }
  }
}

/** Queued failures per endpoint, each answered once, in order. */
export class FailureQueue {
  private readonly queued = new Map<DiscourseEndpoint, DiscourseFailure[]>();

  add(endpoint: DiscourseEndpoint, failure: DiscourseFailure, times: number): void {
    const list = this.queued.get(endpoint) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.queued.set(endpoint, list);
  }

  take(endpoint: DiscourseEndpoint): DiscourseFailure | undefined {
    return this.queued.get(endpoint)?.shift();
  }
}

/** A call Emma made, for tests (the key is never kept). */
export interface RecordedDiscourseRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  endpoint: DiscourseEndpoint | undefined;
  apiUsername: string | undefined;
  body: string;
  status: number;
  at: Date;
}
