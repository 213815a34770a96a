import { can } from "@emma/core";
import type { IncomingMessage } from "node:http";
import type { AppServices } from "../services.ts";
import { bearerToken, type Caller } from "../trpc/context.ts";

export class DownloadRefusal extends Error {
  override readonly name = "DownloadRefusal";
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 410 | 502,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The caller (bearer token, as every console request) and the timeline item a download belongs to,
 * with the raw event and connector behind it. Files are customer data: the same permission as the
 * timeline, and the read goes to the audit log.
 */
export async function storedItemFor(services: AppServices, request: IncomingMessage, eventId: string) {
  const token = bearerToken(request.headers.authorization);
  const caller: Caller | null = token ? await services.sessions.authenticate(token) : null;
  if (!caller) throw new DownloadRefusal(401, "unauthenticated", "Sign in to download files");
  if (!can(caller.role, "timeline.read"))
    throw new DownloadRefusal(403, "forbidden", "Your role may not read customer timelines");
  if (!/^[0-9a-f-]{36}$/i.test(eventId)) throw new DownloadRefusal(404, "not_found", "No such item");
  const item = await services.database.db
    .selectFrom("timeline_events as e")
    .leftJoin("inbound_events as i", "i.id", "e.inbound_event_id")
    .leftJoin("connectors as c", "c.id", "e.connector_id")
    .select([
      "e.id",
      "e.customer_id",
      "e.metadata",
      "i.body",
      "i.encoding",
      "i.content_type",
      "i.content_removed_at",
      "c.id as connector_id",
      "c.kind as connector_kind",
      "c.config as connector_config",
    ])
    .where("e.id", "=", eventId)
    .executeTakeFirst();
  if (!item) throw new DownloadRefusal(404, "not_found", "No such item");
  const demo = typeof item.connector_config === "object" && item.connector_config?.demo === true;
  return { caller, item, demo };
}
