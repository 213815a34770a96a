import type { CustomerChannel, IdentityKind, InboundMessage } from "@emma/core";
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

/** A raw event as it was stored: exactly the provider's bytes, with the content type chosen on accept. */
export interface StoredEvent {
  contentType: string;
  body: Buffer;
  /** Lower-case names; only the headers the API keeps (see handle-webhook's KEPT_HEADERS). */
  headers: Readonly<Record<string, string>>;
}

/** One raw item a poll found, stored as is before it is parsed (DESIGN invariant 1). */
export interface RawDelivery {
  /** Stable per item at the provider (e.g. UIDVALIDITY:UID or Message-ID): a re-poll stores nothing twice. */
  dedupeKey: string;
  contentType: string;
  body: Buffer;
  headers?: Record<string, string>;
}

export interface PollContext<Config, Secrets> extends ConnectorContext<Config, Secrets> {
  /** What the last committed poll returned as `cursor`; null on the first poll. */
  cursor: unknown;
  /** At most this many deliveries per call; the poller calls again while `more` is true. */
  limit: number;
  signal: AbortSignal;
}

export interface PolledBatch {
  deliveries: RawDelivery[];
  /** Persisted only after every delivery of this batch is committed. JSON-serializable. */
  cursor: unknown;
  more: boolean;
}

/** A reply leaving Emma, as the outbox worker hands it to the connector of its conversation. */
export interface OutboundMessage {
  /** Stable across retries: connectors derive their provider-side idempotency key from it. */
  outboxId: string;
  conversationId: string;
  channel: CustomerChannel;
  /** The conversation's external thread key. */
  threadKey: string;
  to: {
    name?: string;
    identities: { kind: IdentityKind; value: string; display?: string }[];
  };
  subject?: string;
  text: string;
  html?: string;
  /** Provider ids of the thread's earlier items, oldest first (email: the References chain). */
  threadExternalIds: string[];
  /** Provider id of the item this answers (email: In-Reply-To). */
  inReplyTo?: string;
  /** Opaque token that routes an answer to this conversation (email: in the Reply-To address). */
  replyToken: string;
  /** The customer's message this answers, for channels that quote history (email). */
  quoted?: { authorName?: string | undefined; occurredAt: Date; text: string };
  /** The customer's language, for what the connector adds around the text (email: the attribution line). */
  locale: "de" | "en";
}

export type SendOutcome =
  | { ok: true; externalId: string; metadata?: Record<string, unknown> }
  /** `error` is the provider's own words; permanent failures are not retried. */
  | { ok: false; error: string; permanent: boolean };

export type HealthCheck = { ok: true; detail: string } | { ok: false; error: string };

/**
 * One channel integration. Pure with respect to Emma's data: the API stores, the connector only
 * verifies, parses and (later) talks to its provider.
 */
/**
 * `Parsed` is what `parseStored` returns: connectors that can parse synchronously keep the plain array;
 * email needs a promise (mailparser has no synchronous API). Callers holding an `AnyConnector` await it.
 */
export interface Connector<
  Config = unknown,
  Secrets = unknown,
  Parsed extends InboundMessage[] | Promise<InboundMessage[]> = InboundMessage[],
> {
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
  /**
   * The media types (lower case, no parameters) a webhook body may declare; set with
   * `acceptWebhook`. A request declaring another is refused with 415 before `acceptWebhook` runs.
   */
  webhookContentTypes?: readonly string[];
  /**
   * Turns a stored raw event into messages; also used to replay events. Pure: no network, no secrets.
   * Throws (or rejects) on a body it cannot read at all (the event is kept and flagged failed).
   */
  parseStored(event: StoredEvent, context: { config: Config }): Parsed;
  /** Fetches what arrived since `cursor` (e.g. IMAP by UIDVALIDITY + UID). */
  poll?(context: PollContext<Config, Secrets>): Promise<PolledBatch>;
  /**
   * Waits for the provider to signal new items (e.g. IMAP IDLE) and calls `onChange` each time, until
   * `signal` aborts or the connection drops (then it rejects and the poller falls back to its interval).
   */
  watch?(
    context: ConnectorContext<Config, Secrets> & { signal: AbortSignal },
    onChange: () => void,
  ): Promise<void>;
  /** Delivers one reply. Must not report ok unless the provider accepted it. */
  send?(message: OutboundMessage, context: ConnectorContext<Config, Secrets>): Promise<SendOutcome>;
  /** "Test connection" in the admin screen: reach the provider with these settings, change nothing. */
  checkHealth?(context: ConnectorContext<Config, Secrets>): Promise<HealthCheck>;
}

/**
 * A connector with its types erased, as the registry holds it; callers parse config and secrets with
 * the connector's own schemas. (Method parameters are bivariant, which makes this assignment legal.)
 */
export type AnyConnector = Connector<unknown, unknown, InboundMessage[] | Promise<InboundMessage[]>>;
