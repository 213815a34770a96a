import type {
  CustomerChannel,
  IdentityKind,
  InboundMessage,
  MailRecipients,
  ReplyVisibility,
} from "@emma/core";
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
 * What a connector gets when it talks to its provider (send, poll, watch, health). Providers that
 * rotate credentials (X's OAuth 2.0 refresh tokens are single-use) hand the new ones to
 * `saveSecrets`, which seals and commits them before it resolves: use a rotated token only after
 * that, so a crash or restart never leaves Emma holding a token the provider already retired.
 */
export interface ProviderContext<Config, Secrets> extends ConnectorContext<Config, Secrets> {
  saveSecrets(secrets: Secrets): Promise<void>;
  /**
   * Rotates under a lock every API instance shares: `rotate` gets the secrets as stored now and
   * returns the new ones, which are committed before this resolves. When another instance rotated
   * them meanwhile (its refresh token already spent ours), `rotate` is not called and the stored
   * ones are returned. Absent outside the API (tests), where `saveSecrets` after rotating will do.
   */
  rotateSecrets?(rotate: (stored: Secrets) => Promise<Secrets>): Promise<Secrets>;
}

/** The answer to a provider's GET that verifies the callback URL (Meta's hub.challenge, X's CRC). */
export interface HandshakeAnswer {
  status: 200 | 400 | 403;
  contentType: "text/plain" | "application/json";
  body: string;
}

/**
 * The provider asks Emma to wait: a rate limit (X's x-rate-limit-reset, Graph's code 4/17/32/613).
 * Thrown by `poll` (nothing was fetched); the poller tries again at `retryAt`, not sooner.
 */
export class RetryLaterError extends Error {
  override readonly name = "RetryLaterError";
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/**
 * The connection itself is broken and only an admin can mend it (a Page token that expired, a
 * refresh token X refused): thrown by `poll` or `checkHealth`, or returned with a failed send. The
 * connector's health says so until a send or poll gets through again.
 */
export class ReconnectNeededError extends Error {
  override readonly name = "ReconnectNeededError";
}

/** A raw event as it was stored: exactly the provider's bytes, with the content type chosen on accept. */
export interface StoredEvent {
  contentType: string;
  body: Buffer;
  /** Lower-case names; only the headers the API keeps: content-type, user-agent and the connector's `keptHeaders`. */
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

export interface PollContext<Config, Secrets> extends ProviderContext<Config, Secrets> {
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
  /** The provider's rate limit was reached after this batch: the next poll waits until then. */
  retryAfter?: Date;
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
  /** Email: the HTML part of a formatted reply; `text` is then its plain-text part. */
  html?: string;
  /** Email: To, Cc and Bcc as the agent chose them; absent: the first e-mail identity in `to`. */
  recipients?: MailRecipients;
  /** Email: files sent as MIME attachments. */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
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
  /**
   * Where the agent chose to answer in a thread that is public (a Page comment, an X mention):
   * `public` in the thread, `private` as a direct message. Channels without the choice ignore it.
   */
  visibility: ReplyVisibility;
  /**
   * The agent who wrote the reply, for channels that post in a person's name (a forum's
   * Api-Username mapped per agent). Absent for replies no agent wrote (a macro's, the system's).
   */
  agent?: { id: string; email: string; name: string };
  /** When the customer last wrote in this conversation: Messenger's 24-hour and 7-day windows run from it. */
  lastInboundAt?: Date;
  /** Provider metadata of the item `inReplyTo` names (a comment's post, a mention's conversation). */
  inReplyToMetadata?: Record<string, unknown>;
}

export type { ReplyVisibility } from "@emma/core";

export type SendOutcome =
  | { ok: true; externalId: string; metadata?: Record<string, unknown> }
  /**
   * `error` is the provider's own words; permanent failures are not retried. `retryAfter`: the
   * provider said when to come back (a rate limit); `reconnect`: the connection itself is broken
   * (see ReconnectNeededError) and the connector's health says so.
   */
  | { ok: false; error: string; permanent: boolean; retryAfter?: Date; reconnect?: boolean };

export type HealthCheck =
  | {
      ok: true;
      detail: string;
      /** Things an admin should act on before they break (a token that expires in a few days). */
      warnings?: string[];
      /** Facts worth showing (token expiry, granted scopes, webhook subscription). */
      facts?: Record<string, string>;
      /** When the credential Emma uses stops working, if it ever does: the health board counts down to it. */
      tokenExpiresAt?: Date;
    }
  | { ok: false; error: string; reconnect?: boolean };

/**
 * One channel integration. Pure with respect to Emma's data: the API stores, the connector only
 * verifies, parses and talks to its provider.
 *
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
   * Answers the provider's GET on the webhook URL that proves Emma holds the secret (Meta's
   * `hub.challenge`, X's CRC). Without it a GET is refused.
   */
  handshake?(request: WebhookRequest, context: ConnectorContext<Config, Secrets>): HandshakeAnswer;
  /**
   * Lower-case names of the request headers kept with the raw event (the signature, the provider's
   * event name), for replay and forensics. content-type and user-agent are always kept; never
   * Authorization or cookies.
   */
  keptHeaders?: readonly string[];
  /**
   * Whether the ids of this connector's items are chosen by whoever sent them rather than by the
   * provider (a mail's Message-ID): two different items may then carry one id, and ingest keeps
   * both instead of dropping the second as a redelivery.
   */
  senderChosenIds?: boolean;
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
    context: ProviderContext<Config, Secrets> & { signal: AbortSignal },
    onChange: () => void,
  ): Promise<void>;
  /** Delivers one reply. Must not report ok unless the provider accepted it. */
  send?(message: OutboundMessage, context: ProviderContext<Config, Secrets>): Promise<SendOutcome>;
  /**
   * The name the provider shows for an identity whose items carry none (Messenger's user profile
   * API). The API asks after ingest, caches the answer on the identity and never makes ingest wait.
   */
  displayNameOf?(
    identity: { kind: IdentityKind; value: string },
    context: ProviderContext<Config, Secrets>,
  ): Promise<string | null>;
  /**
   * What a public thread belongs to that its events do not carry (the post a Page comment is
   * under: Meta's comment webhook names the post, not its text). Asked after ingest, like
   * `displayNameOf`, for the thread's first item; the answer becomes the conversation's subject.
   */
  threadContextOf?(
    item: { threadKey: string; metadata: Readonly<Record<string, unknown>> },
    context: ProviderContext<Config, Secrets>,
  ): Promise<{ subject: string; excerpt: string } | null>;
  /**
   * The e-mail address the provider holds for one of its accounts, and whether the provider
   * verified it (a Discourse user who confirmed their address, read with an admin API key). Asked
   * after ingest, like `displayNameOf`, never on the ingest path. A verified address links the
   * account to the customer who has it; an unverified one can only raise a merge suggestion.
   * null: the provider does not say (no admin key, a staged user).
   */
  accountEmailOf?(
    identity: { kind: IdentityKind; value: string },
    context: ProviderContext<Config, Secrets>,
  ): Promise<{ address: string; verified: boolean } | null>;
  /** "Test connection" in the admin screen: reach the provider with these settings, change nothing. */
  checkHealth?(context: ProviderContext<Config, Secrets>): Promise<HealthCheck>;
}

/**
 * A connector with its types erased, as the registry holds it; callers parse config and secrets with
 * the connector's own schemas. (Method parameters are bivariant, which makes this assignment legal.)
 */
export type AnyConnector = Connector<unknown, unknown, InboundMessage[] | Promise<InboundMessage[]>>;
