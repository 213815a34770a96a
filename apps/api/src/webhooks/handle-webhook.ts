import type { IncomingMessage, ServerResponse } from "node:http";
import type { WebhookRequest } from "@emma/connectors";
import { z } from "zod";
import {
  ConnectorUnusableError,
  loadConnector,
  type LoadedConnector,
} from "../connector-runtime/load-connector.ts";
import { BodyTooLargeError, readRawBody } from "../http/read-body.ts";
import { sendError, sendJson } from "../http/send.ts";
import { encodeBody } from "../ingest/store-inbound-event.ts";
import type { AppServices } from "../services.ts";

const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Kept with every raw event; each connector adds its own (`keptHeaders`). Never Authorization or cookies. */
const ALWAYS_KEPT_HEADERS = ["content-type", "user-agent"];

/**
 * POST /webhooks/:connectorId. The connector verifies signature and shape; the raw event is then
 * committed and only then answered 2xx (DESIGN invariant 1). Processing happens after the answer;
 * a failure there leaves the event pending for the inbound worker.
 *
 * GET /webhooks/:connectorId is the provider proving the URL before it sends anything (Meta's
 * hub.challenge, X's CRC, repeated by X every hour): the connector's `handshake` answers it.
 */
export async function handleWebhook(
  services: AppServices,
  connectorId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!z.uuid().safeParse(connectorId).success)
    return sendError(response, 404, "unknown_connector", "No connector with this id");
  let loaded: LoadedConnector;
  try {
    loaded = await loadConnector(services.database.db, services.secretKey, connectorId);
  } catch (error) {
    if (!(error instanceof ConnectorUnusableError)) throw error;
    if (error.reason === "missing")
      return sendError(response, 404, "unknown_connector", "No connector with this id");
    services.log.error("webhook: connector is misconfigured", { connectorId, reason: error.message });
    return sendError(
      response,
      503,
      "misconfigured",
      "This connector's settings are incomplete; an admin must fix them in Emma",
    );
  }
  if (!loaded.enabled)
    return sendError(
      response,
      409,
      "connector_disabled",
      "This connector is disabled in Emma; enable it to receive events",
    );
  const { connector } = loaded;
  if (request.method === "GET") return answerHandshake(services, loaded, request, response);
  if (!connector.acceptWebhook)
    return sendError(
      response,
      404,
      "no_webhook",
      `Connectors of kind ${loaded.kind} do not receive webhooks`,
    );

  const declared = mediaType(request.headers["content-type"]);
  const readable = connector.webhookContentTypes ?? [];
  if (!readable.includes(declared)) {
    services.log.warn("webhook: refused content type", { connectorId, contentType: declared });
    return sendError(
      response,
      415,
      "unsupported_content_type",
      `This connector reads ${readable.join(" or ")} bodies, not ${declared || "a body without Content-Type"}`,
    );
  }

  let rawBody: Buffer;
  try {
    rawBody = await readRawBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendError(response, 413, "too_large", error.message);
    throw error;
  }

  const webhookRequest: WebhookRequest = {
    method: request.method ?? "POST",
    url: request.url ?? "",
    headers: headersOf(request),
    rawBody,
  };
  const verdict = connector.acceptWebhook(webhookRequest, loaded.context);
  if (!verdict.ok) {
    services.log.warn("webhook: refused", { connectorId, code: verdict.code, message: verdict.message });
    return sendError(response, verdict.status, verdict.code, verdict.message);
  }

  const stored = await services.inboundStore.store({
    connectorId,
    dedupeKey: verdict.dedupeKey,
    contentType: verdict.contentType,
    headers: Object.fromEntries(
      [...ALWAYS_KEPT_HEADERS, ...(connector.keptHeaders ?? [])].flatMap((name) =>
        webhookRequest.headers[name] ? [[name, webhookRequest.headers[name]]] : [],
      ),
    ),
    ...encodeBody(rawBody),
    receivedAt: services.now(),
  });
  sendJson(response, stored.duplicate ? 200 : 202, { eventId: stored.id, duplicate: stored.duplicate });
  // After the answer: the sender does not wait for identity resolution.
  if (!stored.duplicate) services.inbound.wake();
}

function answerHandshake(
  services: AppServices,
  loaded: LoadedConnector,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const { connector } = loaded;
  if (!connector.handshake)
    return sendError(
      response,
      405,
      "method_not_allowed",
      `Connectors of kind ${loaded.kind} take POST only; they verify no callback URL`,
    );
  const answer = connector.handshake(
    { method: "GET", url: request.url ?? "", headers: headersOf(request), rawBody: Buffer.alloc(0) },
    loaded.context,
  );
  if (answer.status === 200) services.log.info("webhook: callback URL verified", { connectorId: loaded.id });
  else
    services.log.warn("webhook: callback verification refused", {
      connectorId: loaded.id,
      status: answer.status,
    });
  response.writeHead(answer.status, {
    "content-type": `${answer.contentType}; charset=utf-8`,
    "cache-control": "no-store",
  });
  response.end(answer.body);
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
  );
}

/** "application/json; charset=utf-8" → "application/json". */
function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
