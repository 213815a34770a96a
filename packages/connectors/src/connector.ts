import type { CustomerChannel, InboundMessage } from "@emma/core";
import type { z } from "zod";

/** A webhook call exactly as it reached us: signatures are computed over these bytes. */
export interface WebhookRequest {
  method: string;
  /** The URL as the provider called it (public base URL + path + query), for URL-signing providers. */
  url: string;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: Buffer;
}

/** A refusal a provider (or its operator) can act on: HTTP status, stable code, plain sentence. */
export interface WebhookRefusal {
  ok: false;
  status: 400 | 401 | 403 | 413 | 422;
  code: string;
  message: string;
}

export interface AcceptedDelivery {
  ok: true;
  /** The provider's event id, or a digest of the body when it has none: redeliveries share it. */
  dedupeKey: string;
  /** Stored with the raw body; `parseStored` gets it back on replay. */
  contentType: string;
}

export interface ConnectorContext<Config, Secrets> {
  config: Config;
  secrets: Secrets;
}

/**
 * One channel integration. Pure with respect to Emma's data: the API stores, the connector only
 * verifies, parses and (later) talks to its provider.
 */
export interface Connector<Config = unknown, Secrets = unknown> {
  kind: string;
  /** Name shown to admins. */
  title: string;
  channels: readonly CustomerChannel[];
  configSchema: z.ZodType<Config>;
  /** Every field here is secret: encrypted at rest, never returned or logged. */
  secretsSchema: z.ZodType<Secrets>;
  /**
   * Checks signature and shape before anything is stored. A refusal is answered to the sender as is;
   * an accepted delivery is committed, answered 2xx, then parsed by `parseStored`.
   */
  acceptWebhook?(
    request: WebhookRequest,
    context: ConnectorContext<Config, Secrets>,
  ): AcceptedDelivery | WebhookRefusal;
  /** Turns a stored raw event into messages; also used to replay events. Throws on a body it cannot read. */
  parseStored(
    contentType: string,
    body: string,
    context: ConnectorContext<Config, Secrets>,
  ): InboundMessage[];
}

/**
 * A connector with its types erased, as the registry holds it; callers parse config and secrets with
 * the connector's own schemas. (Method parameters are bivariant, which makes this assignment legal.)
 */
export type AnyConnector = Connector;
