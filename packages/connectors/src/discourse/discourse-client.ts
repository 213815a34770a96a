import type { ProviderContext } from "../connector.ts";
import { discourseApiBase, type DiscourseConfig, type DiscourseSecrets } from "./discourse-config.ts";
import { discourseErrorOf } from "./discourse-errors.ts";

export interface DiscourseResponse {
  status: number;
  ok: boolean;
  body: unknown;
  /** A 429's wait: Retry-After (seconds), else the body's extras.wait_seconds. */
  retryAt: Date | undefined;
}

const TIMEOUT_MS = 20_000;

/**
 * Calls Discourse's API with the connector's key (Api-Key) as one user (Api-Username): the
 * staff account, or the agent's own username when replying.
 */
export async function callDiscourse(
  context: Pick<ProviderContext<DiscourseConfig, DiscourseSecrets>, "config" | "secrets">,
  request: {
    method: "GET" | "POST";
    path: string;
    query?: [string, string][];
    json?: unknown;
    username?: string;
    signal?: AbortSignal;
  },
): Promise<DiscourseResponse> {
  const url = new URL(`${discourseApiBase(context.config)}${request.path}`);
  for (const [name, value] of request.query ?? []) url.searchParams.append(name, value);
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const response = await fetch(url, {
    method: request.method,
    headers: {
      "api-key": context.secrets.apiKey,
      "api-username": request.username ?? context.config.apiUsername,
      accept: "application/json",
      ...(request.json === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
    signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
  });
  const body = parseJson(await response.text());
  return {
    status: response.status,
    ok: response.ok,
    body,
    retryAt: response.status === 429 ? retryAtOf(response.headers, body) : undefined,
  };
}

/** When to come back after a 429; a minute when Discourse names no wait (it always should). */
export function retryAtOf(headers: Headers, body: unknown, now: Date = new Date()): Date {
  const header = Number(headers.get("retry-after"));
  const seconds =
    Number.isFinite(header) && header > 0 ? header : (discourseErrorOf(body).extras?.wait_seconds ?? 60);
  return new Date(now.getTime() + Math.ceil(seconds) * 1000);
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 500);
  }
}
