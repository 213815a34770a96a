import { xSignature, X_SIGNATURE_HEADER } from "../x-signature.ts";

export interface XDelivery {
  status: number;
  body: string;
}

/** Thrown when Emma refuses a delivery, with its answer. */
export class XDeliveryError extends Error {
  override readonly name = "XDeliveryError";
  constructor(
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(`Emma answered ${String(status)} to an X webhook delivery: ${responseBody}`);
  }
}

/** The body and headers of a delivery, signed as X signs it (x-twitter-webhooks-signature). */
export function signedXDelivery(consumerSecret: string, event: unknown) {
  const body = JSON.stringify(event);
  return {
    body,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "X-Webhooks/1.0",
      date: new Date().toUTCString(),
      [X_SIGNATURE_HEADER]: xSignature(consumerSecret, body),
    },
  };
}

/**
 * Does what X's webhook service does to a callback URL: the CRC GET (`?crc_token=`, answered with
 * `{"response_token":"sha256=…"}`) and signed POSTs of X Activity API events.
 */
export function createXWebhookDriver(options: { webhookUrl: string; consumerSecret: string }) {
  return {
    /** Runs a CRC like X: true when Emma's answer proves it holds the consumer secret. */
    async crc(
      token: string = crypto.randomUUID(),
    ): Promise<{ valid: boolean; status: number; body: string }> {
      const url = new URL(options.webhookUrl);
      url.searchParams.set("crc_token", token);
      const response = await fetch(url, { headers: { "user-agent": "X-Webhooks/1.0" } });
      const body = await response.text();
      const expected = JSON.stringify({ response_token: xSignature(options.consumerSecret, token) });
      const valid = response.status === 200 && sameJson(body, expected);
      return { valid, status: response.status, body };
    },

    /** POSTs one event; throws XDeliveryError unless Emma answers 2xx (X would retry). */
    async deliver(event: unknown): Promise<XDelivery> {
      const { body, headers } = signedXDelivery(options.consumerSecret, event);
      const response = await fetch(options.webhookUrl, { method: "POST", headers, body });
      const delivery = { status: response.status, body: await response.text() };
      if (response.status < 200 || response.status > 299)
        throw new XDeliveryError(delivery.status, delivery.body);
      return delivery;
    },
  };
}

export type XWebhookDriver = ReturnType<typeof createXWebhookDriver>;

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}
