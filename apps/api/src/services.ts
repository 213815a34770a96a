import type { KeyObject } from "node:crypto";
import type { CountryCode } from "@emma/core";
import type { EmmaDatabase } from "./db/connect.ts";
import type { ReadAuditLog } from "./audit/read-audit-log.ts";
import type { InboundProcessor } from "./ingest/inbound-processor.ts";
import type { InboundStore } from "./ingest/inbound-store.ts";
import type { OutboxWorker } from "./outbox/outbox-worker.ts";
import type { FileFetchWorker } from "./kept-files/file-fetch-worker.ts";
import type { ExportWorker } from "./features/customer-exports/export-worker.ts";
import type { ErasureWorker } from "./features/erasure/erasure-worker.ts";
import type { MatchWorker } from "./features/matching/match-worker.ts";
import type { ConnectorPoller } from "./connector-runtime/connector-poller.ts";
import type { RealtimeHub } from "./realtime/realtime-hub.ts";
import type { SessionStore } from "./auth/session-store.ts";
import type { LiveHoldingsLookup } from "./features/holdings/live-holdings-lookup.ts";

/** Everything a procedure may reach, built once per API instance by `createApp`. */
export interface AppServices {
  database: EmmaDatabase;
  sessions: SessionStore;
  realtime: RealtimeHub;
  inbound: InboundProcessor;
  /** Commits webhook deliveries, many per commit under load. */
  inboundStore: InboundStore;
  /** Sends replies through their connectors. */
  outbox: OutboxWorker;
  /** Fetches and keeps the files that items name by URL (Messenger's expiring CDN links). */
  fileFetches: FileFetchWorker;
  /** Makes customer data exports (GDPR Art. 15 and 20) in the background. */
  exports: ExportWorker;
  /** Runs approved erasures; `wake()` it after an approval. */
  erasures: ErasureWorker;
  /** Compares customers with their possible twins; `wake()` it after queuing checks. */
  matching: MatchWorker;
  /** Fetches from connectors that poll (email). */
  poller: ConnectorPoller;
  /** Batched audit entries for reads; changes write theirs in their own transaction. */
  readAudit: ReadAuditLog;
  now: () => Date;
  /** Country assumed for phone numbers typed without a country code (search, CLI). */
  defaultCountry: CountryCode;
  log: Logger;
  /** Largest file Emma keeps (EMMA_FILE_MAX_BYTES): fetched from a link, or uploaded for a reply. */
  fileMaxBytes: number;
  /** Asks systems of record for a customer's holdings as they are now (EMMA_LIVE_HOLDINGS_URLS). */
  liveHoldings: LiveHoldingsLookup;
  /** AES-256-GCM key for connector secrets at rest. */
  secretKey: KeyObject;
}

export interface Logger {
  info(message: string, facts?: Record<string, unknown>): void;
  warn(message: string, facts?: Record<string, unknown>): void;
  error(message: string, facts?: Record<string, unknown>): void;
}
