import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { openSecrets } from "../crypto/secret-box.ts";
import { BodyTooLargeError, readRawBody } from "../http/read-body.ts";
import { sendError, sendJson } from "../http/send.ts";
import { processInboundEvent } from "../ingest/process-inbound-event.ts";
import { NORMALIZED_CONTENT_TYPE, parseNormalizedBody } from "../ingest/normalized-payload.ts";
import { storeInboundEvent } from "../ingest/store-inbound-event.ts";
import type { AppServices } from "../services.ts";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifyBodySignature } from "./normalized-signature.ts";

/** The connector kind whose webhook takes Emma's own normalized messages (custom integrations, demo, bench). */
export const NORMALIZED_KIND = "emma-inbound";
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const normalizedSecretsSchema = z.object({ signingSecret: z.string().min(16) });

/**
 * POST /webhooks/:connectorId. Answers 2xx only after the raw event is committed (DESIGN invariant 1);
 * processing happens after the answer, and a failure there leaves the event pending for the worker.
 */
export async function handleWebhook(services: AppServices, connectorId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { db } = services.database;
  if (!z.uuid().safeParse(connectorId).success) return sendError(response, 404, "unknown_connector", "No connector with this id");
  const connector = await db.selectFrom("connectors").select(["id", "kind", "enabled", "secrets"]).where("id", "=", connectorId).executeTakeFirst();
  if (!connector) return sendError(response, 404, "unknown_connector", "No connector with this id");
  if (!connector.enabled) return sendError(response, 409, "connector_disabled", "This connector is disabled in Emma; enable it to receive events");
  if (connector.kind !== NORMALIZED_KIND) {
    return sendError(response, 501, "no_webhook", `Connectors of kind ${connector.kind} do not receive webhooks yet`);
  }

  let body: Buffer;
  try {
    body = await readRawBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendError(response, 413, "too_large", error.message);
    throw error;
  }

  const secrets = normalizedSecretsSchema.safeParse(connector.secrets ? openSecrets(services.secretKey, connector.secrets) : null);
  if (!secrets.success) {
    services.log.error("webhook: connector has no usable signing secret", { connectorId });
    return sendError(response, 500, "misconfigured", "This connector has no signing secret; an admin must set one");
  }
  const signature = request.headers[SIGNATURE_HEADER];
  if (!verifyBodySignature(secrets.data.signingSecret, body, Array.isArray(signature) ? signature[0] : signature)) {
    services.log.warn("webhook: signature mismatch", { connectorId });
    return sendError(response, 401, "bad_signature", `The ${SIGNATURE_HEADER} header does not match the body`);
  }

  const text = body.toString("utf8");
  try {
    parseNormalizedBody(text);
  } catch (error) {
    const detail = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    services.log.warn("webhook: rejected a malformed body", { connectorId, detail });
    return sendError(response, 400, "malformed", `The body is not a valid list of messages: ${detail}`);
  }

  const eventIdHeader = request.headers[EVENT_ID_HEADER];
  const dedupeKey = (Array.isArray(eventIdHeader) ? eventIdHeader[0] : eventIdHeader)?.slice(0, 200) ?? createHash("sha256").update(body).digest("hex");
  const stored = await storeInboundEvent(db, {
    connectorId,
    dedupeKey,
    contentType: NORMALIZED_CONTENT_TYPE,
    headers: pickHeaders(request),
    body: text,
    receivedAt: services.now(),
  });
  sendJson(response, stored.duplicate ? 200 : 202, { eventId: stored.id, duplicate: stored.duplicate });
  if (!stored.duplicate) {
    // After the answer: the sender does not wait for identity resolution.
    void processInboundEvent(db, services.log, stored.id).catch((error: unknown) => {
      services.log.error("webhook: processing crashed; the worker will retry", { eventId: stored.id, error: String(error) });
    });
  }
}

/** What is worth keeping for replay and forensics; never Authorization or cookies. */
function pickHeaders(request: IncomingMessage): Record<string, string> {
  const keep = ["content-type", "user-agent", SIGNATURE_HEADER, EVENT_ID_HEADER];
  return Object.fromEntries(keep.flatMap((name) => {
    const value = request.headers[name];
    return typeof value === "string" ? [[name, value]] : [];
  }));
}
