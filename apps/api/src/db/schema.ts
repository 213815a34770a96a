import type {
  Channel,
  ConsentHow,
  ConsentPurpose,
  ConsentState,
  CustomerChannel,
  ConversationStatus,
  Direction,
  ExportStatus,
  IdentityKind,
  MacroAssigneeKind,
  MacroStatus,
  Priority,
  ProductKind,
  ProductStatus,
  SolutionKind,
  TimelineKind,
} from "@emma/core";
import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from "kysely";

/**
 * Kysely's view of the tables made by `migrations/`. Keep in step with every migration. Columns that
 * hold one of core's lists (channels, identity kinds, timeline kinds, …) take core's type; the
 * migrations' check constraints are compared with those lists in `core-lists.test.ts`.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T extends object | null> = JSONColumnType<T, T | string | undefined, T | string>;
type JsonObject = Record<string, unknown>;

export interface TeamsTable {
  id: Generated<string>;
  name: string;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  role: "agent" | "supervisor" | "admin";
  password_hash: string;
  locale: ColumnType<"de" | "en", "de" | "en" | undefined, "de" | "en">;
  active: Generated<boolean>;
  /** An admin lifted the sign-in delay then: failures before it no longer count. */
  login_delay_lifted_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  /** Set with an initial or reset password: the API takes nothing else until the user sets their own. */
  must_change_password: Generated<boolean>;
  /** SHA-256 of a pending one-time set-password link's secret; null when none is pending. */
  set_password_token_hash: string | null;
  set_password_token_expires_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceSettingsTable {
  key: string;
  value: Json<JsonObject>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: RequiredTimestamp;
  revoked_at: NullableTimestamp;
  user_agent: string | null;
  ip: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string | null;
  /** What limits count it against: the IPv4 address or the IPv6 /64 (core addressSource). */
  source: string | null;
  succeeded: boolean;
  at: Timestamp;
}

export interface CustomersTable {
  id: Generated<string>;
  display_name: string;
  locale: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  merged_into: string | null;
  erased_at: NullableTimestamp;
  /** The system of record's customer id, unique; null until an import or the seed names it. */
  customer_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** From the system of record (migration 0029), YYYY-MM-DD: select it as `birth_date::text` (drivers return dates differently). */
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** From the system of record: core's PostalAddress. */
  postal_address: ColumnType<JsonObject | null, string | null | undefined, string | null>;
  /** The name the system of record gives the person (migration 0030); the display name may differ. */
  record_name: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConnectorsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  enabled: Generated<boolean>;
  config: Json<JsonObject>;
  secrets: string | null;
  default_country: ColumnType<string, string | undefined, string>;
  poll_cursor: Json<JsonObject> | null;
  poll_lease_until: NullableTimestamp;
  poll_lease_owner: string | null;
  /** Polls (or watches) that failed in a row; 0 after a successful poll. */
  poll_failures: Generated<number>;
  /** While failing: no poll, watch or login before this time. */
  poll_retry_at: NullableTimestamp;
  last_event_at: NullableTimestamp;
  last_error: string | null;
  last_error_at: NullableTimestamp;
  /** Set while only an admin can mend the connection (an expired token): what the provider said. */
  reconnect_reason: string | null;
  reconnect_since: NullableTimestamp;
  /** When the last poll (a catch-up) finished, with or without news (migration 0016). */
  last_polled_at: NullableTimestamp;
  /** When "Test connection" last ran with the stored settings (migration 0023). */
  last_check_at: NullableTimestamp;
  /** That test's warnings from the provider; empty after a failed test, whose error is last_error. */
  last_check_warnings: Json<string[]>;
  /** When the connector's token expires, as that test found; null when it does not or is unknown. */
  token_expires_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InboundEventsTable {
  id: Generated<string>;
  connector_id: string;
  dedupe_key: string;
  content_type: string;
  headers: Json<Record<string, string>>;
  body: string;
  encoding: ColumnType<"utf8" | "base64", "utf8" | "base64" | undefined, "utf8" | "base64">;
  status: ColumnType<"pending" | "processed" | "failed", "pending" | "processed" | "failed" | undefined>;
  attempts: Generated<number>;
  last_error: string | null;
  received_at: Timestamp;
  processed_at: NullableTimestamp;
  /** Retention removed body and headers then; the row keeps the dedupe key (migration 0028). */
  content_removed_at: NullableTimestamp;
}

export interface IdentitiesTable {
  id: Generated<string>;
  customer_id: string;
  /** The customer this row was first attributed to; merges never change it. */
  origin_customer_id: string;
  kind: IdentityKind;
  value: string;
  display: string | null;
  /** When the provider was last asked for this identity's name (profile-names.ts). */
  name_looked_up_at: NullableTimestamp;
  /** When the provider was last asked for this forum account's e-mail (verified-emails.ts). */
  email_looked_up_at: NullableTimestamp;
  /** What the provider said: a verified or unverified address, or none; null until it answered. */
  email_lookup: ColumnType<
    "verified" | "unverified" | "none" | null,
    "verified" | "unverified" | "none" | null | undefined,
    "verified" | "unverified" | "none" | null
  >;
  connector_id: string | null;
  first_inbound_event_id: string | null;
  linked_by: string | null;
  created_at: Timestamp;
}

export interface CustomerProductsTable {
  id: Generated<string>;
  customer_id: string;
  /** The customer this row was first attributed to; merges never change it. */
  origin_customer_id: string;
  kind: ProductKind;
  name: string;
  reference: string;
  status: ColumnType<ProductStatus, ProductStatus | undefined>;
  opened_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** int8: pg returns a string, PGlite a number; read it through `Number()` in presenters. */
  balance_minor: ColumnType<string | number | null, number | null | undefined, number | null>;
  currency: string | null;
  source_system: string;
  /** The source system's own id for this holding: the upsert key, unique per source_system. */
  external_id: string;
  details: Json<JsonObject>;
  /** When the source system last sent this row (an unchanged row too). */
  synced_at: Timestamp;
  created_at: Timestamp;
}

export interface IntegrationKeysTable {
  id: Generated<string>;
  /** The one source system this key may import for. */
  source_system: string;
  name: string;
  /** SHA-256 hex of the key; the key itself is shown once, at creation. */
  key_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

/** One decision of the customer about being contacted; rows are only added, the latest decides. */
export interface ConsentsTable {
  id: Generated<string>;
  customer_id: string;
  /** null: every channel. */
  channel: CustomerChannel | null;
  purpose: ConsentPurpose;
  state: ConsentState;
  how: ConsentHow;
  recorded_at: Timestamp;
  /** The agent who recorded it; null: the customer's own message, or an import. */
  recorded_by: string | null;
  /** The agent's note; for an import, the system of record's source. */
  note: string | null;
  /** The customer's message that recorded it (their "STOP"). */
  source_item_id: string | null;
}

export type ChannelColumn = Channel;
export type ConversationStatusColumn = ConversationStatus;

export interface ConversationsTable {
  id: Generated<string>;
  /** null: an unknown (withheld) caller's, until an agent attaches it to a customer. */
  customer_id: string | null;
  /** The customer this row was first attributed to; merges never change it. */
  origin_customer_id: string | null;
  connector_id: string | null;
  channel: ChannelColumn;
  external_thread_key: string;
  identity_id: string | null;
  subject: string | null;
  /** Read by everyone (a Page comment, an X mention): answered in public or privately. */
  public_thread: Generated<boolean>;
  /** When the provider was asked what the public thread is under (thread-contexts.ts). */
  context_looked_up_at: NullableTimestamp;
  status: ColumnType<ConversationStatusColumn, ConversationStatusColumn | undefined>;
  priority: ColumnType<Priority, Priority | undefined>;
  assignee_id: string | null;
  team_id: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  snoozed_until: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_message_at: Timestamp;
  last_inbound_at: NullableTimestamp;
  first_response_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  /** Core's "waiting for us since" (conversation/waiting.ts): the first message we have not answered. */
  waiting_since: NullableTimestamp;
  /** When we last answered or settled it; older messages delivered later do not restart the clock. */
  answered_at: NullableTimestamp;
  /** Generated: the default queue order as one ascending key (migration 0013). int8: select it as text. */
  wait_rank: ColumnType<string | number, never, never>;
  /** The item that answers a forum topic's question (migration 0016). */
  solution_event_id: string | null;
  solution_kind: ColumnType<SolutionKind | null, SolutionKind | null | undefined, SolutionKind | null>;
  solved_at: NullableTimestamp;
  /** A customer, not our staff, wrote the answer: "solved by the community" in reports. */
  solved_by_community: Generated<boolean>;
  /** The whole thread was deleted at the provider (a forum topic), and by whom. */
  thread_removed_at: NullableTimestamp;
  thread_removed_by: ColumnType<
    "author" | "moderator" | null,
    "author" | "moderator" | null | undefined,
    "author" | "moderator" | null
  >;
  thread_closed: Generated<boolean>;
  /** When the newest thread change applied happened at the provider: an older one changes nothing. */
  thread_changed_at: NullableTimestamp;
  /** Retention removed the subject and every item's content then; counts and times stay (migration 0028). */
  content_removed_at: NullableTimestamp;
}

export type TimelineKindColumn = TimelineKind;

export interface TimelineEventsTable {
  id: Generated<string>;
  /** null: an unknown (withheld) caller's, until an agent attaches it to a customer. */
  customer_id: string | null;
  /** The customer this row was first attributed to; merges never change it. */
  origin_customer_id: string | null;
  conversation_id: string | null;
  connector_id: string | null;
  channel: ChannelColumn;
  kind: TimelineKindColumn;
  direction: Direction;
  occurred_at: RequiredTimestamp;
  author_user_id: string | null;
  author_identity_id: string | null;
  /** The customer's name as the channel gave it; for agents' items, the agent's name when written. */
  author_name: string | null;
  subject: string | null;
  /**
   * The conversation's subject, copied when the item is written so a timeline page reads one table.
   * Conversation subjects never change after creation; whatever changes or erases one must change
   * its items too.
   */
  conversation_subject: string | null;
  body_text: ColumnType<string, string | undefined, string>;
  body_html: string | null;
  metadata: Json<JsonObject>;
  external_id: string | null;
  inbound_event_id: string | null;
  created_at: Timestamp;
  /** Generated by the database; never written. */
  search: ColumnType<string, never, never>;
  /** Generated by the database from the folded subject and body (migration 0012; forum topics' opening posts have their own index, 0017); never written. */
  search_folded: ColumnType<string, never, never>;
}

export interface MergesTable {
  id: Generated<string>;
  survivor_id: string;
  absorbed_id: string;
  reason: string;
  evidence: Json<unknown[]>;
  moved: Json<JsonObject>;
  merged_by: string | null;
  merged_at: Timestamp;
  undone_at: NullableTimestamp;
  undone_by: string | null;
}

export interface MergeSuggestionsTable {
  id: Generated<string>;
  customer_a: string;
  customer_b: string;
  reasons: Json<unknown[]>;
  inbound_event_id: string | null;
  status: ColumnType<"open" | "merged" | "dismissed", "open" | "merged" | "dismissed" | undefined>;
  /** A likeness suggestion's score (migration 0029); null for the older kinds of evidence. */
  score: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
}

/** A blocking key the matcher looks a customer's possible twins up by (migration 0029). */
export interface CustomerMatchKeysTable {
  key: string;
  customer_id: string;
}

/** A sweep comparing every live customer with their possible twins, and how far it got. */
export interface MatchSweepsTable {
  id: Generated<string>;
  cause: "import" | "manual";
  started_by: string | null;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
  total: Generated<number>;
  done: Generated<number>;
  suggested: Generated<number>;
}

/** A customer waiting to be compared with their possible twins; claimed with a lease. */
export interface MatchChecksTable {
  customer_id: string;
  due_at: Timestamp;
  sweep_id: string | null;
  attempts: Generated<number>;
  lease_until: NullableTimestamp;
  lease_owner: string | null;
  last_error: string | null;
}

/** Two customers a person said are different people: never suggested together again. */
export interface DistinctPeopleTable {
  customer_a: string;
  customer_b: string;
  decided_by: string | null;
  decided_at: Timestamp;
  suggestion_id: string | null;
}

/** A code mailed to one customer's address to prove another channel's person is them (migration 0032). */
export interface IdentityCodesTable {
  id: Generated<string>;
  customer_a: string;
  customer_b: string;
  sent_to_customer_id: string;
  /** The address, masked as the console shows it. */
  sent_to: string;
  /** HMAC of the code under a key derived from the app's secret key; the code itself is not kept. */
  code_hash: string;
  conversation_id: string;
  outbox_id: string;
  sent_by: string | null;
  sent_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  confirmed_at: NullableTimestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  conversation_id: string;
  connector_id: string | null;
  timeline_event_id: string;
  idempotency_key: string;
  payload: Json<JsonObject>;
  status: ColumnType<
    "queued" | "sending" | "sent" | "failed",
    "queued" | "sending" | "sent" | "failed" | undefined
  >;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  external_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  customer_id: string | null;
  details: Json<JsonObject>;
  ip: string | null;
}

export interface RealtimeEventsTable {
  /** int8: cast with ::int or Number() when read; pg returns a string. */
  id: Generated<string>;
  topic: string;
  user_ids: string[] | null;
  payload: Json<JsonObject>;
  created_at: Timestamp;
}

export interface CannedResponsesTable {
  id: Generated<string>;
  title: string;
  body: string;
  shortcut: string | null;
  locale: "de" | "en" | null;
  team_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A reply plus status, tags and assignment, applied in one transaction (migration 0015). */
export interface MacrosTable {
  id: Generated<string>;
  title: string;
  reply: string | null;
  key: string | null;
  team_id: string | null;
  add_tags: ColumnType<string[], string[] | undefined, string[]>;
  assignee: MacroAssigneeKind;
  assignee_user_id: string | null;
  assign_team_id: string | null;
  status_after: MacroStatus | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One application of a macro, by its idempotency key. */
export interface MacroApplicationsTable {
  id: Generated<string>;
  idempotency_key: string;
  macro_id: string | null;
  conversation_id: string;
  reply_outbox_id: string | null;
  applied_by: string;
  applied_at: Timestamp;
}

/** A file fetched from a URL an item named, kept once per content. */
/** A customer data export job and, once done, its ZIP until it expires (migration 0026). */
export interface CustomerExportsTable {
  id: Generated<string>;
  customer_id: string;
  requested_by: string;
  language: "de" | "en";
  /** The requester's time zone: the readable document's times are local to it. */
  time_zone: string;
  status: ColumnType<ExportStatus, ExportStatus | undefined, ExportStatus>;
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  attempts: Generated<number>;
  lease_until: NullableTimestamp;
  error: string | null;
  /** pg gives a Buffer, PGlite a Uint8Array; null until done and again once expired. */
  result: Uint8Array | null;
  result_bytes: number | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
  expires_at: NullableTimestamp;
}

export interface KeptFilesTable {
  sha256: string;
  /** pg gives a Buffer, PGlite a Uint8Array. */
  content: Uint8Array;
  /** As the server that gave it declared it (media type only); files are always served as downloads. */
  content_type: string;
  size: number;
  fetched_at: Timestamp;
}

/** An attachment whose URL still waits to be fetched; deleted once kept or given up. */
export interface FileFetchesTable {
  id: Generated<string>;
  timeline_event_id: string;
  attachment_index: number;
  url: string;
  attempts: Generated<number>;
  /** Due time; while an instance fetches, the end of its lease. */
  next_attempt_at: Timestamp;
  last_error: string | null;
}

export interface ConversationTagsTable {
  tag: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SavedFiltersTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  /** Core's QueueView, parsed on write and on read. */
  view: Json<JsonObject>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ErasureStatus =
  "requested" | "approved" | "refused" | "withdrawn" | "running" | "done" | "failed";

/** A request to erase a customer: asked by one person, decided by another (migration 0027). */
export interface ErasureRequestsTable {
  id: Generated<string>;
  customer_id: string;
  reason: string;
  status: ColumnType<ErasureStatus, ErasureStatus | undefined>;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_note: string | null;
  /** Approved: not before this time (when the last duty to keep ends). */
  run_after: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  lease_until: NullableTimestamp;
  finished_at: NullableTimestamp;
  /** Counts of what was removed, by kind. */
  summary: Json<Record<string, number>> | null;
}

/** While not lifted, the customer's data may not be erased (migration 0027). */
export interface LegalHoldsTable {
  id: Generated<string>;
  customer_id: string;
  reason: string;
  placed_by: string;
  placed_at: Timestamp;
  lifted_by: string | null;
  lifted_at: NullableTimestamp;
  lift_note: string | null;
}

/** A keyed SHA-256 of an erased identity: replays and backfills never recreate the person. */
export interface ErasureTombstonesTable {
  identity_hash: string;
  erased_at: Timestamp;
  erasure_id: string;
}

/** One application of the retention rules; at most one unfinished across all instances (migration 0028). */
export interface RetentionRunsTable {
  id: Generated<string>;
  trigger: "schedule" | "admin";
  started_by: string | null;
  started_at: Timestamp;
  /** A run not finished by then belongs to a dead instance: the next run closes it and starts. */
  lease_until: Timestamp;
  finished_at: NullableTimestamp;
  counts: Json<Record<string, number>>;
  error: string | null;
}

export interface Database {
  teams: TeamsTable;
  users: UsersTable;
  team_members: TeamMembersTable;
  service_settings: ServiceSettingsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  customers: CustomersTable;
  connectors: ConnectorsTable;
  inbound_events: InboundEventsTable;
  identities: IdentitiesTable;
  customer_products: CustomerProductsTable;
  integration_keys: IntegrationKeysTable;
  consents: ConsentsTable;
  conversations: ConversationsTable;
  timeline_events: TimelineEventsTable;
  merges: MergesTable;
  merge_suggestions: MergeSuggestionsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  realtime_events: RealtimeEventsTable;
  canned_responses: CannedResponsesTable;
  kept_files: KeptFilesTable;
  file_fetches: FileFetchesTable;
  macros: MacrosTable;
  macro_applications: MacroApplicationsTable;
  conversation_tags: ConversationTagsTable;
  saved_filters: SavedFiltersTable;
  customer_exports: CustomerExportsTable;
  erasure_requests: ErasureRequestsTable;
  legal_holds: LegalHoldsTable;
  erasure_tombstones: ErasureTombstonesTable;
  retention_runs: RetentionRunsTable;
  customer_match_keys: CustomerMatchKeysTable;
  match_sweeps: MatchSweepsTable;
  match_checks: MatchChecksTable;
  distinct_people: DistinctPeopleTable;
  identity_codes: IdentityCodesTable;
}

export type UserRow = Selectable<UsersTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type IdentityRow = Selectable<IdentitiesTable>;
export type ConversationRow = Selectable<ConversationsTable>;
export type TimelineEventRow = Selectable<TimelineEventsTable>;
export type NewTimelineEvent = Insertable<TimelineEventsTable>;
export type ConversationUpdate = Updateable<ConversationsTable>;
