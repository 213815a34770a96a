import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { auditExportQuerySchema, auditFiltersSchema, can } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { writeAudit } from "../../audit/write-audit.ts";
import { sendError } from "../../http/send.ts";
import type { AppServices } from "../../services.ts";
import { bearerToken } from "../../trpc/context.ts";
import { CSV_BOM, csvHeader, csvRow } from "./audit-csv.ts";
import { auditPage } from "./audit-page.ts";
import { presentAuditEntry } from "./audit-presenter.ts";
import { callerAuditScope } from "./caller-audit-scope.ts";
import { auditQueryOf } from "./list-audit-entries.ts";
import { liveCustomersOf } from "./live-customers.ts";

const BATCH = 1000;

/**
 * GET /audit/export?actorUserId&customerId&actions=a,b&from&to&lang=de|en — the filtered audit log
 * as CSV, newest first, streamed page by page (keyset, as audit.list) so a year of the log never
 * sits in memory. Authenticated by the bearer token only, like downloads. The export is audited
 * before the response ends, with the customers it named, also when the client went away mid-way.
 */
export async function serveAuditExport(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  const caller = token ? await services.sessions.authenticate(token) : null;
  if (!caller) return sendError(response, 401, "unauthenticated", "Sign in to export the audit log");
  if (!can(caller.role, "audit.read"))
    return sendError(response, 403, "forbidden", "Your role may not read the audit log");
  const params = auditExportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  const filters = params.success ? auditFiltersSchema.safeParse(params.data) : params;
  if (!params.success || !filters.success)
    return sendError(
      response,
      400,
      "bad_filters",
      "The export's filters are not valid; set them again in the console",
    );
  const db = services.database.db;
  let query;
  try {
    query = await auditQueryOf(db, callerAuditScope(caller), filters.data);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND")
      return sendError(response, 404, "not_found", "No such customer");
    throw error;
  }
  const language = params.data.lang;
  const now = services.now();
  response.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="emma-audit-${now.toISOString().slice(0, 10)}.csv"`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  const named = new Set<string>();
  if (query.liveCustomerId !== null) named.add(query.liveCustomerId);
  let rowCount = 0;
  let complete = false;
  try {
    await write(response, CSV_BOM + csvHeader(language));
    let after = null;
    for (;;) {
      const rows = await auditPage(db, query, after, BATCH);
      const customers = await liveCustomersOf(
        db,
        rows.flatMap((row) => (row.customer_id === null ? [] : [row.customer_id])),
      );
      const chunk = rows.map((row) => {
        const entry = presentAuditEntry(row, customers);
        if (entry.customer) named.add(entry.customer.id);
        return csvRow(entry, language);
      });
      if (response.destroyed) return;
      await write(response, chunk.join(""));
      rowCount += rows.length;
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) break;
      after = { at: last.position, id: last.id };
    }
    complete = true;
  } finally {
    await writeAudit(db, {
      actorUserId: caller.userId,
      action: "audit.exported",
      subjectType: "customer",
      subjectId: query.liveCustomerId,
      ip: request.socket.remoteAddress ?? null,
      at: now,
      details: { filters: params.data, rows: rowCount, complete, customerIds: [...named] },
    });
  }
  // Ended only once the export is on record: whoever holds the file, the log says so.
  response.end();
}

/** Waits while the client reads slower than the log is read, so the buffer stays small. */
async function write(response: ServerResponse, text: string): Promise<void> {
  // A client that went away never drains: its close ends the wait, and the loop sees it destroyed.
  if (!response.write(text)) await Promise.race([once(response, "drain"), once(response, "close")]);
}
