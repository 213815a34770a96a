import type { KeyObject } from "node:crypto";
import { lookUpProfileNames } from "./connector-runtime/profile-names.ts";
import { lookUpThreadContexts } from "./connector-runtime/thread-contexts.ts";
import { connectorEmailLookup, lookUpForumEmails } from "./connector-runtime/verified-emails.ts";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { writtenIdentifiers, type CountryCode, type MatcherEvaluation } from "@emma/core";
import { SESSIONS_CHANNEL, noticeEnds, sessionNoticeSchema } from "./auth/session-notice.ts";
import { SessionStore } from "./auth/session-store.ts";
import type { EmmaDatabase } from "./db/connect.ts";
import { createApiServer } from "./http/create-server.ts";
import { ReadAuditLog } from "./audit/read-audit-log.ts";
import { DEFAULT_RETRY_UNIT_MS } from "./ingest/claim-events.ts";
import { InboundProcessor } from "./ingest/inbound-processor.ts";
import { InboundStore } from "./ingest/inbound-store.ts";
import { OutboxWorker } from "./outbox/outbox-worker.ts";
import { FileFetchWorker } from "./kept-files/file-fetch-worker.ts";
import { FILE_FETCHES_CHANNEL } from "./kept-files/queue-file-fetches.ts";
import { UrlFetcher, type FetchLimits } from "./kept-files/fetch-url.ts";
import { ConnectorPoller } from "./connector-runtime/connector-poller.ts";
import { RESUME_WINDOW_MS, RealtimeHub } from "./realtime/realtime-hub.ts";
import type { AppServices, Logger } from "./services.ts";
import { httpLiveHoldings } from "./features/holdings/live-holdings-lookup.ts";
import { startInterval } from "./start-interval.ts";
import { applyRetention } from "./features/retention/apply-retention.ts";
import { ExportWorker } from "./features/customer-exports/export-worker.ts";
import { tombstoneKeyFrom } from "./features/erasure/tombstone-key.ts";
import { ErasureWorker } from "./features/erasure/erasure-worker.ts";
import { MatchWorker } from "./features/matching/match-worker.ts";
import { wakeSnoozedConversations } from "./features/conversations/wake-snoozed-conversations.ts";

export interface AppOptions {
  database: EmmaDatabase;
  log: Logger;
  secretKey: KeyObject;
  defaultCountry?: CountryCode;
  allowedOrigins?: string[];
  consoleDir?: string;
  now?: () => Date;
  /** Limits for files fetched from URLs in inbound items; defaults in DEFAULT_FETCH_LIMITS. */
  fileFetch?: Partial<FetchLimits>;
  /** Per source system, where the 360 asks for live holdings; none by default. */
  liveHoldingsUrls?: Readonly<Record<string, string>>;
  /** The largest customer export kept for download; defaults to DEFAULT_EXPORT_MAX_BYTES. */
  exportMaxBytes?: number;
  /** The evaluation automatic merges rely on; core's MATCHER_EVALUATION unless a test brings one. */
  matcherEvaluation?: MatcherEvaluation | null;
  /** Background work (pending inbound retries, pruning); off in tests that drive it by hand. */
  workers?: boolean;
  /** The unit of the inbound retry backoff and how often retries are looked for; 5 s by default. */
  ingestRetryUnitMs?: number;
}

export interface App {
  services: AppServices;
  server: Server;
  listen(port: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
}

/** Messenger's own limit for attachments is 25 MB; what a customer can send, Emma keeps. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 25 * 1024 * 1024,
  timeoutMs: 60_000,
  maxRedirects: 5,
  allowedAddresses: [],
};

/** A customer export is one ZIP in one bytea; PostgreSQL's limit for one is 1 GB. */
export const DEFAULT_EXPORT_MAX_BYTES = 512 * 1024 * 1024;

/** How often due snoozes are woken: a snooze ends at most this late. */
const SNOOZE_WAKE_EVERY_MS = 30_000;
/** Retention removes data days after it is due; an hour late is no difference, an hour of work is. */
const RETENTION_EVERY_MS = 60 * 60_000;
/** How long closing waits for requests under way; a stream open that long is cut. */
const SHUTDOWN_REQUESTS_MS = 5_000;

export async function createApp(options: AppOptions): Promise<App> {
  const { database, log } = options;
  const now = options.now ?? (() => new Date());
  const realtime = new RealtimeHub(database.db, log);
  const sessions = new SessionStore(database.db, now);
  const matching = new MatchWorker(database.db, log, {
    now,
    extractWritten: writtenIdentifiers,
    defaultCountry: options.defaultCountry ?? "DE",
    ...(options.matcherEvaluation === undefined ? {} : { evaluation: options.matcherEvaluation }),
    paused: options.workers === false,
    // Messages first: suggestions may come seconds later, a customer's message in the console may not.
    givesWayTo: () => inbound.busy,
  });
  // PGlite has one connection: parallel batches would only queue for it.
  const inbound = new InboundProcessor(database.db, log, {
    // New customers and identities were queued for the matcher in the batch's transaction.
    onProcessed: () => matching.wake(),
    concurrency: database.kind === "postgres" ? 2 : 1,
    batchSize: 200,
    lingerMs: 5,
    tombstoneKey: tombstoneKeyFrom(options.secretKey),
    ...(options.ingestRetryUnitMs === undefined ? {} : { retryUnitMs: options.ingestRetryUnitMs }),
  });
  const outbox = new OutboxWorker(database.db, log, options.secretKey, {
    batchSize: 10,
    sendTimeoutMs: 60_000,
    now,
    paused: options.workers === false,
  });
  const fetchLimits = { ...DEFAULT_FETCH_LIMITS, ...options.fileFetch };
  const fetcher = new UrlFetcher(fetchLimits);
  const fileFetches = new FileFetchWorker(database.db, log, {
    batchSize: 4,
    fetch: (url) => fetcher.fetch(url),
    now,
    paused: options.workers === false,
  });
  const exports = new ExportWorker(database.db, log, {
    now,
    maxBytes: options.exportMaxBytes ?? DEFAULT_EXPORT_MAX_BYTES,
    paused: options.workers === false,
  });
  const erasures = new ErasureWorker(database.db, log, {
    key: tombstoneKeyFrom(options.secretKey),
    now,
    paused: options.workers === false,
  });
  const poller = new ConnectorPoller(database.db, log, options.secretKey, {
    now,
    onStored: () => inbound.wake(),
  });
  const services: AppServices = {
    database,
    sessions,
    realtime,
    inbound,
    // PGlite has one connection: a second commit in flight would only queue for it.
    inboundStore: new InboundStore(database.db, log, {
      maxBatch: 100,
      maxInFlight: database.kind === "postgres" ? 2 : 1,
    }),
    outbox,
    fileFetches,
    exports,
    erasures,
    matching,
    poller,
    readAudit: new ReadAuditLog(database.db, log),
    now,
    log,
    secretKey: options.secretKey,
    fileMaxBytes: fetchLimits.maxBytes,
    defaultCountry: options.defaultCountry ?? "DE",
    liveHoldings: httpLiveHoldings({ urls: options.liveHoldingsUrls ?? {}, now }),
  };
  await realtime.start(database.notifications);
  const stopSessionNotices = await database.notifications.listen(SESSIONS_CHANNEL, (payload) => {
    const notice = sessionNoticeSchema.safeParse(parseJson(payload));
    if (!notice.success) {
      log.error("sessions: dropped a malformed notice", { payload: payload.slice(0, 200) });
      return;
    }
    sessions.forget(notice.data);
    // An ended session's open streams end too: they would go on delivering customer events.
    realtime.endStreams((stream) => noticeEnds(notice.data, stream));
  });
  const stopForgetting = database.notifications.onReconnect(() => sessions.forgetAll());
  const stops: (() => Promise<void>)[] = [stopSessionNotices, () => Promise.resolve(stopForgetting())];
  if (options.workers !== false) {
    // Retries, and events stored by an instance that died before processing them.
    stops.push(
      startInterval(log, "inbound retries", options.ingestRetryUnitMs ?? DEFAULT_RETRY_UNIT_MS, () =>
        Promise.resolve(inbound.wake()),
      ),
    );
    // Retries that came due, and sends an instance left behind when it died.
    stops.push(startInterval(log, "outbox", 5_000, () => Promise.resolve(outbox.wake())));
    stops.push(await database.notifications.listen(FILE_FETCHES_CHANNEL, () => fileFetches.wake()));
    // Retries that came due, and fetches an instance left behind when it died.
    stops.push(startInterval(log, "file fetches", 5_000, () => Promise.resolve(fileFetches.wake())));
    // Exports requested on another instance, left by one that died, and expired files to drop.
    stops.push(startInterval(log, "customer exports", 5_000, () => Promise.resolve(exports.wake())));
    // Erasures whose duties to keep ended, retries, and runs an instance left behind when it died.
    stops.push(startInterval(log, "erasures", 60_000, () => Promise.resolve(erasures.wake())));
    // Sweeps, retries, and checks an instance left behind when it died.
    stops.push(startInterval(log, "matching", 5_000, () => Promise.resolve(matching.wake())));
    // Each connector polls on its own interval; this only looks for the ones that are due.
    stops.push(startInterval(log, "connector polling", 5_000, () => poller.kick()));
    stops.push(
      startInterval(log, "realtime pruning", 60 * 60_000, () =>
        realtime.pruneOlderThan(new Date(now().getTime() - RESUME_WINDOW_MS)),
      ),
    );
    // Names of people a provider's events name by id only (Messenger), the posts Page comments
    // are under, and forum accounts' e-mail addresses, looked up after ingest.
    stops.push(
      startInterval(log, "profile names", 10_000, async () => {
        await lookUpProfileNames(database.db, options.secretKey, log);
        await lookUpThreadContexts(database.db, options.secretKey, log);
        await lookUpForumEmails(database.db, log, connectorEmailLookup(database.db, options.secretKey));
        // Names and addresses just learnt were queued for the matcher.
        matching.wake();
      }),
    );
    // Snoozed conversations come back as open; safe on any number of instances (one claiming UPDATE).
    stops.push(
      startInterval(log, "snooze wake-up", SNOOZE_WAKE_EVERY_MS, () =>
        wakeSnoozedConversations(database.db, now()),
      ),
    );
    // The admins' retention rules; one instance applies them per run (retention-runs.ts).
    stops.push(
      startInterval(log, "retention", RETENTION_EVERY_MS, () =>
        applyRetention({ db: database.db, log, now }, { trigger: "schedule", startedBy: null, ip: null }),
      ),
    );
  }
  const server = createApiServer(services, {
    allowedOrigins: options.allowedOrigins ?? [],
    consoleDir: options.consoleDir,
  });

  return {
    services,
    server,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve({ url: `http://${host}:${address.port}` });
        });
      }),
    close: async () => {
      for (const stop of stops) await stop();
      // No new requests; those under way (a webhook storing its raw event) finish before the workers stop.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await server.settled(SHUTDOWN_REQUESTS_MS);
      await inbound.stop();
      await outbox.stop();
      await fileFetches.stop();
      await exports.stop();
      await erasures.stop();
      await matching.stop();
      await poller.stop();
      await services.readAudit.flush();
      await realtime.stop();
      await closed;
    },
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
