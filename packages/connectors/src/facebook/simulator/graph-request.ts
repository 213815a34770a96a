import type { IncomingMessage } from "node:http";

/** One call Emma made, as the fake Graph API understood it; the token itself is not kept. */
export interface RecordedGraphRequest {
  method: string;
  /** The path below the version, e.g. "me/messages". */
  path: string;
  version: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  /** Where the access token came: the Authorization header (Bearer/OAuth) or the query/body. */
  tokenVia: "header" | "query" | "none";
  appSecretProof: string | undefined;
}

export interface ReadRequest extends RecordedGraphRequest {
  token: string | undefined;
}

export async function readGraphRequest(
  req: IncomingMessage,
  url: URL,
  version: string,
  path: string,
): Promise<ReadRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const body = parseBody(raw, req.headers["content-type"] ?? "");
  const query = Object.fromEntries(url.searchParams);
  const header = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const queryToken =
    query.access_token ?? (typeof body.access_token === "string" ? body.access_token : undefined);
  const proof =
    query.appsecret_proof ?? (typeof body.appsecret_proof === "string" ? body.appsecret_proof : undefined);
  const { access_token: _dropped, ...visibleQuery } = query;
  const { access_token: _alsoDropped, ...visibleBody } = body;
  return {
    method: req.method ?? "GET",
    path,
    version,
    query: visibleQuery,
    body: visibleBody,
    tokenVia: header ? "header" : queryToken ? "query" : "none",
    appSecretProof: proof,
    token: header ?? queryToken,
  };
}

/** JSON bodies, or form bodies as Meta's curl samples send them (object fields as JSON strings). */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw.trim() === "") return {};
  if (contentType.includes("json")) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
  }
  const form: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      form[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      form[key] = value;
    }
  }
  return form;
}
