import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import type { IncomingMessage, ServerResponse } from "node:http";
import { twilioVoiceConfigSchema, twilioVoiceSecretsSchema } from "@emma/connectors";
import { callDataSchema } from "@emma/core";
import { loadConnector } from "../connector-runtime/load-connector.ts";
import type { AppServices } from "../services.ts";
import { DownloadRefusal, storedItemFor } from "./stored-item.ts";

/** Only Twilio's own API gets our credentials: a recording URL is provider data, not a place to send secrets. */
const TWILIO_API = "api.twilio.com";

/**
 * GET /recordings/:eventId — a Twilio call recording or voicemail, fetched with the account's
 * credentials (Twilio serves recordings only to the account) and streamed to the console's player,
 * Range requests passed through so the agent can seek.
 */
export async function serveRecording(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
  eventId: string,
): Promise<void> {
  const { caller, item, demo } = await storedItemFor(services, request, eventId);
  const call = callDataSchema.safeParse(item.metadata.call);
  const recordingUrl = call.success ? call.data.recordingUrl : undefined;
  if (call.success && call.data.recordingRemovedAt)
    throw new DownloadRefusal(
      410,
      "removed_by_retention",
      "This recording was removed when its retention period ended",
    );
  if (!recordingUrl || !item.connector_id)
    throw new DownloadRefusal(404, "not_found", "This item has no recording");
  if (demo) throw new DownloadRefusal(404, "simulated", "The demo's simulated calls have no audio");
  if (item.connector_kind !== "twilio-voice")
    throw new DownloadRefusal(
      409,
      "not_proxied",
      "This recording is played from the phone system's own address",
    );
  const loaded = await loadConnector(services.database.db, services.secretKey, item.connector_id);
  const config = twilioVoiceConfigSchema.parse(loaded.context.config);
  const { authToken } = twilioVoiceSecretsSchema.parse(loaded.context.secrets);
  const url = new URL(recordingUrl);
  if (url.protocol !== "https:" || url.hostname !== TWILIO_API)
    throw new DownloadRefusal(
      409,
      "foreign_url",
      "This recording URL is not Twilio's; Emma does not fetch it",
    );
  const upstream = await fetch(`${url.toString().replace(/\.(mp3|wav)$/, "")}.mp3`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${config.accountSid}:${authToken}`).toString("base64")}`,
      ...(request.headers.range ? { range: request.headers.range } : {}),
    },
    signal: AbortSignal.timeout(30_000),
  }).catch((error: unknown) => {
    throw new DownloadRefusal(502, "provider_unreachable", `Twilio could not be reached: ${String(error)}`);
  });
  if (!upstream.ok || !upstream.body)
    throw new DownloadRefusal(
      502,
      "provider_refused",
      `Twilio answered ${String(upstream.status)} for this recording`,
    );
  services.readAudit.record({
    actorUserId: caller.userId,
    action: "recording.played",
    subjectType: "timeline_event",
    subjectId: item.id,
    customerId: item.customer_id,
    ip: request.socket.remoteAddress ?? null,
    at: services.now(),
  });
  const headers: Record<string, string> = {
    "content-type": "audio/mpeg",
    "cache-control": "private, no-store",
  };
  for (const name of ["content-length", "content-range", "accept-ranges"]) {
    const value = upstream.headers.get(name);
    if (value) headers[name] = value;
  }
  response.writeHead(upstream.status, headers);
  Readable.fromWeb(upstream.body as ReadableStream<Uint8Array>).pipe(response);
}
