import { hubSignature, HUB_SIGNATURE_HEADER } from "../signature.ts";
import { metaJson } from "./meta-json.ts";

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface Delivery {
  status: number;
  body: string;
}

/** The body and headers of one Page webhook, serialized and signed as Meta does. */
export function signedWebhook(appSecret: string, payload: unknown) {
  const body = metaJson(payload);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "user-agent": "facebookexternalua",
      [HUB_SIGNATURE_HEADER]: hubSignature(appSecret, Buffer.from(body, "utf8")),
    },
  };
}

/** Thrown when Emma does not answer 2xx: Meta would retry, then give up and disable the webhook. */
export class FacebookDeliveryError extends Error {
  override readonly name = "FacebookDeliveryError";
  constructor(
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(`Emma answered ${status} to the Page webhook: ${responseBody}`);
  }
}

export interface FacebookWebhookDriverOptions {
  /** The callback URL configured in the Meta app (Emma's /webhooks/<connector id>). */
  callbackUrl: string;
  appSecret: string;
  fetch?: FetchLike;
  /** The fake Graph API, which learns from each delivery who wrote when, as Meta does. */
  graph?: { observe(payload: unknown): void };
}

/** Calls Emma's webhook as Meta does: the GET that verifies the URL, and signed POSTs. */
export function createFacebookWebhookDriver(options: FacebookWebhookDriverOptions) {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return {
    /** Meta's verification request; answers what Emma answered. */
    async verify(
      verifyToken: string,
      challenge = String(Math.floor(Math.random() * 1e9)),
    ): Promise<Delivery & { challenge: string }> {
      const url = new URL(options.callbackUrl);
      url.searchParams.set("hub.mode", "subscribe");
      url.searchParams.set("hub.challenge", challenge);
      url.searchParams.set("hub.verify_token", verifyToken);
      const response = await fetchImpl(url.toString(), {
        method: "GET",
        headers: { "user-agent": "facebookplatform/1.0" },
      });
      return { status: response.status, body: await response.text(), challenge };
    },
    /** POSTs one webhook body; throws FacebookDeliveryError unless Emma answers 2xx. */
    async deliver(payload: unknown): Promise<Delivery> {
      // Meta knows what the person did whether or not Emma takes the webhook.
      options.graph?.observe(payload);
      const { body, headers } = signedWebhook(options.appSecret, payload);
      const response = await fetchImpl(options.callbackUrl, { method: "POST", headers, body });
      const delivery = { status: response.status, body: await response.text() };
      if (delivery.status < 200 || delivery.status > 299)
        throw new FacebookDeliveryError(delivery.status, delivery.body);
      return delivery;
    },
  };
}

export type FacebookWebhookDriver = ReturnType<typeof createFacebookWebhookDriver>;
