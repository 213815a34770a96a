import type { IncomingMessage, ServerResponse } from "node:http";
import { can } from "@emma/core";
import { writeAudit } from "../../audit/write-audit.ts";
import { sendError } from "../../http/send.ts";
import type { AppServices } from "../../services.ts";
import { bearerToken } from "../../trpc/context.ts";

/**
 * GET /customer-exports/:id — a finished export's ZIP. Authenticated by the bearer token, like
 * every download; the same permission as making it. The download is audited before the response
 * ends: whoever holds the file, the log says so.
 */
export async function serveExportDownload(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
  exportId: string,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  const caller = token ? await services.sessions.authenticate(token) : null;
  if (!caller) return sendError(response, 401, "unauthenticated", "Sign in to download exports");
  if (!can(caller.role, "customer.export"))
    return sendError(response, 403, "forbidden", "Your role may not export customer data");
  if (!/^[0-9a-f-]{36}$/i.test(exportId)) return sendError(response, 404, "not_found", "No such export");
  const row = await services.database.db
    .selectFrom("customer_exports as x")
    .innerJoin("customers as c", "c.id", "x.customer_id")
    .select(["x.id", "x.status", "x.result", "x.customer_id", "x.created_at", "c.customer_number"])
    .where("x.id", "=", exportId)
    .executeTakeFirst();
  if (!row) return sendError(response, 404, "not_found", "No such export");
  if (row.status === "expired" || (row.status === "done" && row.result === null))
    return sendError(
      response,
      410,
      "expired",
      "This export has expired and its file was deleted; start a new one",
    );
  if (row.status !== "done" || row.result === null)
    return sendError(response, 409, "not_ready", "This export is not finished");
  const content = Buffer.from(row.result);
  const name = `emma-export-${row.customer_number ?? row.customer_id.slice(0, 8)}-${row.created_at.toISOString().slice(0, 10)}.zip`;
  response.writeHead(200, {
    "content-type": "application/zip",
    "content-length": content.length,
    "content-disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  await writeAudit(services.database.db, {
    actorUserId: caller.userId,
    action: "customer.exportDownloaded",
    subjectType: "customer",
    subjectId: row.customer_id,
    customerId: row.customer_id,
    ip: request.socket.remoteAddress ?? null,
    at: services.now(),
    details: { exportId: row.id, bytes: content.length },
  });
  response.end(content);
}
