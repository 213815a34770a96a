import type { IncomingMessage, ServerResponse } from "node:http";
import { extractAttachment } from "@emma/connectors";
import type { AppServices } from "../services.ts";
import { keptFileFor } from "./kept-file.ts";
import { DownloadRefusal, storedItemFor } from "./stored-item.ts";

type StoredItem = Awaited<ReturnType<typeof storedItemFor>>;

/**
 * GET /attachments/:eventId/:index — a file Emma fetched and kept from the URL a provider named
 * (Messenger), or a mail attachment, cut from the raw mail we keep (attachments are not stored
 * twice). Always as a download, never rendered: an HTML or SVG attachment must not run in the
 * console's origin.
 */
export async function serveAttachment(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
  eventId: string,
  index: number,
): Promise<void> {
  const stored = await storedItemFor(services, request, eventId);
  const { caller, item } = stored;
  const file =
    (await keptFileFor(services.database.db, item.metadata, index)) ?? (await mailPart(stored, index));
  services.readAudit.record({
    actorUserId: caller.userId,
    action: "attachment.downloaded",
    subjectType: "timeline_event",
    subjectId: item.id,
    customerId: item.customer_id,
    ip: request.socket.remoteAddress ?? null,
    at: services.now(),
  });
  response.writeHead(200, {
    "content-type": "application/octet-stream",
    "content-length": file.content.length,
    "content-disposition": contentDisposition(file.filename),
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
    "cache-control": "private, no-store",
  });
  response.end(file.content);
}

async function mailPart(
  { item, demo }: StoredItem,
  index: number,
): Promise<{ filename: string; content: Buffer }> {
  if (demo)
    throw new DownloadRefusal(404, "simulated", "The demo's attachments are names only; there is no file");
  if (item.content_removed_at)
    throw new DownloadRefusal(
      410,
      "removed_by_retention",
      "This mail's files were removed when its retention period ended",
    );
  if (item.body === null || item.content_type !== "message/rfc822")
    throw new DownloadRefusal(
      404,
      "not_kept",
      "This message came through an integration that sends attachment names only; the file stays in the system it came from",
    );
  const raw = Buffer.from(item.body, item.encoding === "base64" ? "base64" : "utf8");
  try {
    return await extractAttachment(raw, index);
  } catch {
    throw new DownloadRefusal(404, "not_found", "This mail has no attachment with that number");
  }
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so "Kündigung.pdf" survives. */
function contentDisposition(filename: string): string {
  const name = filename.trim() || "attachment";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
