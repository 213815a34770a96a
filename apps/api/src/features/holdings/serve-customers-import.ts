import type { IncomingMessage, ServerResponse } from "node:http";
import { personRecordRowSchema, personRecordsRequestSchema, type PersonRecordRow } from "@emma/core";
import { BodyTooLargeError, readRawBody } from "../../http/read-body.ts";
import { sendError, sendJson } from "../../http/send.ts";
import type { AppServices } from "../../services.ts";
import { bearerToken } from "../../trpc/context.ts";
import { sweepAfterImport } from "../matching/sweep-after-import.ts";
import { importPersonRecords } from "./import-person-records.ts";
import { authenticateIntegrationKey } from "./integration-keys.ts";

const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * POST /import/customers — a JSON array of people from a system of record (customer number, name,
 * date of birth, postal address), authenticated like POST /import/holdings by the integration key of
 * that source. A malformed request is refused whole, with every bad row named; valid rows are then
 * upserted one by one and answered per row, and a sweep looks for the people's twins.
 */
export async function serveCustomersImport(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const header = request.headers["x-emma-key"];
  const key = bearerToken(request.headers.authorization) ?? (typeof header === "string" ? header : undefined);
  const db = services.database.db;
  const now = services.now();
  const caller = key ? await authenticateIntegrationKey(db, key, now) : null;
  if (!caller) {
    services.log.warn("customers import: refused a request without a valid key", {
      ip: request.socket.remoteAddress,
    });
    return sendError(
      response,
      401,
      "unauthenticated",
      "Send an active integration key as 'Authorization: Bearer emk_…'; an admin creates one under Administration → Holdings import",
    );
  }
  let body: unknown;
  try {
    body = JSON.parse((await readRawBody(request, MAX_BODY_BYTES)).toString("utf8"));
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return sendError(
        response,
        413,
        "too_large",
        `Send at most ${String(MAX_BODY_BYTES)} bytes per request`,
      );
    return sendError(response, 400, "bad_json", "The body is not JSON: send a JSON array of people");
  }
  const list = personRecordsRequestSchema.safeParse(body);
  if (!list.success)
    return sendError(
      response,
      400,
      "bad_request",
      list.error.issues.map((issue) => issue.message).join("; "),
    );
  const rows: PersonRecordRow[] = [];
  const errors: { index: number; message: string }[] = [];
  list.data.forEach((item, index) => {
    const parsed = personRecordRowSchema.safeParse(item);
    if (!parsed.success)
      errors.push({
        index,
        message: parsed.error.issues
          .map((issue) => `${issue.path.map(String).join(".") || "row"}: ${issue.message}`)
          .join("; "),
      });
    else if (parsed.data.sourceSystem !== caller.sourceSystem)
      errors.push({ index, message: `sourceSystem: this key imports for "${caller.sourceSystem}" only` });
    else rows.push(parsed.data);
  });
  if (errors.length > 0) {
    services.log.warn("customers import: refused malformed rows", {
      keyId: caller.keyId,
      rows: errors.length,
    });
    return sendJson(response, 400, {
      error: { code: "bad_rows", message: "Some people are malformed; nothing was imported", rows: errors },
    });
  }
  const summary = await importPersonRecords(db, {
    rows,
    actorUserId: null,
    integrationKeyId: caller.keyId,
    defaultCountry: services.defaultCountry,
    ip: request.socket.remoteAddress ?? null,
    now,
  });
  await sweepAfterImport(db, services.log, now);
  services.matching.wake();
  sendJson(response, 200, summary);
}
