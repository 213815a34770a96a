import type { IncomingMessage, ServerResponse } from "node:http";
import type { CountryCode } from "@emma/core";
import type { z } from "zod";
import { BodyTooLargeError, readRawBody } from "../../http/read-body.ts";
import { sendError, sendJson } from "../../http/send.ts";
import type { AppServices } from "../../services.ts";
import { bearerToken } from "../../trpc/context.ts";
import { authenticateIntegrationKey } from "./integration-keys.ts";

const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** What one system-of-record import (holdings, people) brings to the shared endpoint. */
export interface IntegrationImport<Row extends { sourceSystem: string }, Summary> {
  /** "holdings", "people": in log lines and in the words a sender reads. */
  what: string;
  requestSchema: z.ZodType<unknown[]>;
  rowSchema: z.ZodType<Row>;
  importRows: (props: {
    rows: Row[];
    actorUserId: null;
    integrationKeyId: string;
    defaultCountry: CountryCode;
    ip: string | null;
    now: Date;
  }) => Promise<Summary>;
  /** After the rows are stored, before the answer (a sweep after people came in). */
  afterImport?: (now: Date) => Promise<void>;
}

/**
 * POST /import/<what>: a JSON array of rows from a system of record, authenticated by the
 * integration key of that source (`Authorization: Bearer emk_…` or `X-Emma-Key`). A malformed
 * request is refused whole, with every bad row named, so nothing is half-imported from a payload
 * the sender must fix anyway; valid rows are then upserted one by one and answered per row.
 */
export async function serveIntegrationImport<Row extends { sourceSystem: string }, Summary>(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
  spec: IntegrationImport<Row, Summary>,
): Promise<void> {
  const header = request.headers["x-emma-key"];
  const key = bearerToken(request.headers.authorization) ?? (typeof header === "string" ? header : undefined);
  const db = services.database.db;
  const now = services.now();
  const caller = key ? await authenticateIntegrationKey(db, key, now) : null;
  if (!caller) {
    services.log.warn(`${spec.what} import: refused a request without a valid key`, {
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
    return sendError(response, 400, "bad_json", `The body is not JSON: send a JSON array of ${spec.what}`);
  }
  const list = spec.requestSchema.safeParse(body);
  if (!list.success)
    return sendError(
      response,
      400,
      "bad_request",
      list.error.issues.map((issue) => issue.message).join("; "),
    );
  const rows: Row[] = [];
  const errors: { index: number; message: string }[] = [];
  list.data.forEach((item, index) => {
    const parsed = spec.rowSchema.safeParse(item);
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
    services.log.warn(`${spec.what} import: refused malformed rows`, {
      keyId: caller.keyId,
      rows: errors.length,
    });
    return sendJson(response, 400, {
      error: {
        code: "bad_rows",
        message: `Some ${spec.what} are malformed; nothing was imported`,
        rows: errors,
      },
    });
  }
  const summary = await spec.importRows({
    rows,
    actorUserId: null,
    integrationKeyId: caller.keyId,
    defaultCountry: services.defaultCountry,
    ip: request.socket.remoteAddress ?? null,
    now,
  });
  await spec.afterImport?.(now);
  sendJson(response, 200, summary);
}
