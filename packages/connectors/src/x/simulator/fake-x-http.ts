import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { problems, sendJson, type RateWindow } from "./fake-x-responses.ts";

export type FakeXEndpoint = "me" | "dm" | "post" | "mentions" | "dm_events" | "subscriptions" | "token";
export type FakeXFailure =
  { kind: "rate-limit"; resetAt?: Date } | { kind: "unauthorized" } | { kind: "server-error" };

export function endpointOf(method: string, path: string): FakeXEndpoint | undefined {
  if (method === "GET" && path === "/2/users/me") return "me";
  if (method === "POST" && /^\/2\/dm_conversations\/with\/\d+\/messages$/.test(path)) return "dm";
  if (method === "POST" && path === "/2/tweets") return "post";
  if (method === "GET" && /^\/2\/users\/\d+\/mentions$/.test(path)) return "mentions";
  if (method === "GET" && path === "/2/dm_events") return "dm_events";
  if (method === "GET" && path === "/2/activity/subscriptions") return "subscriptions";
  return undefined;
}

export function fail(response: ServerResponse, failure: FakeXFailure, window: RateWindow): void {
  switch (failure.kind) {
    case "rate-limit":
      return sendJson(response, 429, problems.tooManyRequests, {
        ...window,
        remaining: 0,
        resetAt: failure.resetAt ?? window.resetAt,
      });
    case "unauthorized":
      return sendJson(response, 401, problems.unauthorized);
    case "server-error":
      return sendJson(response, 500, problems.serverError);
    default: {
      const unknown: never = failure;
      return sendJson(response, 500, { detail: String(unknown) });
    }
  }
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

const requestBodySchema = z.object({
  text: z.string().optional(),
  reply: z.object({ in_reply_to_tweet_id: z.string() }).optional(),
});

/** The fields of a create request the fake API reads; anything unreadable reads as empty. */
export function requestBodyOf(body: string): z.infer<typeof requestBodySchema> {
  try {
    return requestBodySchema.safeParse(JSON.parse(body)).data ?? {};
  } catch {
    return {};
  }
}
