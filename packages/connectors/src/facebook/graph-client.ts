import { createHmac } from "node:crypto";
import { graphErrorSchema, type GraphError } from "./graph-error.ts";

export interface GraphEndpoint {
  /** e.g. https://graph.facebook.com */
  base: string;
  /** e.g. v23.0 */
  version: string;
}

export interface GraphCall {
  method: "GET" | "POST";
  /** Below the version, e.g. `me/messages` or `123_456/comments`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  accessToken: string;
  /**
   * Adds appsecret_proof (HMAC-SHA256 of the token with the app secret), which Meta requires when the
   * app enables "Require App Secret" and accepts otherwise (Graph API "Securing Requests").
   */
  appSecret?: string;
  /** The app token (`app_id|app_secret`) goes in the query, as debug_token expects. */
  tokenInQuery?: boolean;
}

export type GraphResponse =
  | { ok: true; status: number; data: unknown; headers: Headers }
  | { ok: false; kind: "graph"; status: number; error: GraphError; headers: Headers }
  | { ok: false; kind: "network"; message: string };

const TIMEOUT_MS = 30_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** One Graph API request; never throws, and nothing it returns contains the token. */
export async function callGraph(
  endpoint: GraphEndpoint,
  call: GraphCall,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): Promise<GraphResponse> {
  const url = new URL(`${endpoint.base.replace(/\/+$/, "")}/${endpoint.version}/${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  if (call.appSecret !== undefined)
    url.searchParams.set(
      "appsecret_proof",
      createHmac("sha256", call.appSecret).update(call.accessToken).digest("hex"),
    );
  const headers: Record<string, string> = { accept: "application/json" };
  if (call.tokenInQuery) url.searchParams.set("access_token", call.accessToken);
  // In a header rather than the URL, so proxies and access logs never see it; Graph takes Bearer
  // tokens as the WhatsApp Cloud API documents.
  else headers.authorization = `Bearer ${call.accessToken}`;
  if (call.body !== undefined) headers["content-type"] = "application/json";

  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url.toString(), {
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, kind: "network", message: networkMessage(error, url.host) };
  }
  const data = parseJson(text);
  if (response.ok) return { ok: true, status: response.status, data, headers: response.headers };
  const graphError = graphErrorSchema.safeParse(data);
  if (graphError.success)
    return {
      ok: false,
      kind: "graph",
      status: response.status,
      error: graphError.data.error,
      headers: response.headers,
    };
  // A proxy's or load balancer's page, not Meta's JSON: a 5xx is an outage, anything else a refusal.
  return {
    ok: false,
    kind: "graph",
    status: response.status,
    error: {
      message: `HTTP ${response.status} without a Graph error body${text ? `: ${text.slice(0, 200)}` : ""}`,
      code: response.status >= 500 ? 2 : 0,
    },
    headers: response.headers,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function networkMessage(error: unknown, host: string): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `The Graph API at ${host} did not answer within ${TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const reason = cause ?? (error instanceof Error ? error.message : String(error));
  return `The Graph API at ${host} could not be reached: ${reason}`;
}
