import type { OutboundMessage, SendOutcome } from "../connector.ts";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signBody } from "./signature.ts";

/**
 * Hands a reply to the integration behind an emma-inbound connector: a signed JSON POST to its
 * outbound URL, with the outbox id as event id so the receiver can drop a repeated delivery.
 * 2xx is delivered (the receiver may answer `{ "externalId": … }`), 4xx is a refusal that retrying
 * will not change, anything else is tried again later — at the time a 429 or 503 names in
 * Retry-After (RFC 9110 §10.2.3), when it names one.
 */
export async function sendOutbound(
  url: string,
  signingSecret: string,
  message: OutboundMessage,
  fetchImpl: typeof fetch = fetch,
): Promise<SendOutcome> {
  const body = JSON.stringify(message);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [SIGNATURE_HEADER]: signBody(signingSecret, body),
        [EVENT_ID_HEADER]: message.outboxId,
      },
      body,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return {
      ok: false,
      permanent: false,
      error: `The integration at ${new URL(url).host} could not be reached: ${reason}`,
    };
  }
  const text = (await response.text().catch(() => "")).slice(0, 500);
  if (response.ok) return { ok: true, externalId: externalIdOf(text) ?? message.outboxId };
  const said = `The integration answered ${String(response.status)}${text ? `: ${text}` : ""}`;
  const retryAfter = retryAfterOf(response.headers.get("retry-after"), new Date());
  return {
    ok: false,
    permanent: response.status >= 400 && response.status < 500 && response.status !== 429,
    error: said,
    ...(retryAfter ? { retryAfter } : {}),
  };
}

/** Retry-After is delay-seconds or an HTTP date; anything else is ignored. */
export function retryAfterOf(header: string | null, now: Date): Date | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return new Date(now.getTime() + Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at);
}

function externalIdOf(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "externalId" in parsed) {
      const { externalId } = parsed;
      if (typeof externalId === "string" && externalId.length > 0 && externalId.length <= 512)
        return externalId;
    }
  } catch {
    // A receiver that answers plain text or nothing has given no id of its own.
  }
  return undefined;
}
