import {
  decideHoldingLink,
  holdingLookupKeys,
  type CountryCode,
  type HoldingRow,
  type LinkCandidate,
  type UnlinkedReason,
} from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";

export type HoldingOutcome =
  | { externalId: string; status: "created" | "updated" | "unchanged"; customerId: string }
  | { externalId: string; status: "not_linked"; reason: UnlinkedReason };

export interface HoldingsImportSummary {
  outcomes: HoldingOutcome[];
  counts: Record<HoldingOutcome["status"], number>;
}

interface ImportHoldingsProps {
  rows: readonly HoldingRow[];
  /** The admin running the CLI, or null for a machine caller named by its key. */
  actorUserId: string | null;
  integrationKeyId: string | null;
  defaultCountry: CountryCode;
  ip: string | null;
  now: Date;
  onProgress?: (done: number) => void;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Upserts holdings by (source system, external id). Rows are independent: each is its own
 * transaction, so one row's failure never undoes another's, and a re-run of the same rows changes
 * nothing but their synced_at. One audit entry per call names the counts and the rows not linked.
 */
export async function importHoldings(
  db: Kysely<Database>,
  props: ImportHoldingsProps,
): Promise<HoldingsImportSummary> {
  const outcomes: HoldingOutcome[] = [];
  for (const row of props.rows) {
    outcomes.push(await db.transaction().execute((trx) => importOne(trx, row, props)));
    props.onProgress?.(outcomes.length);
  }
  const counts = { created: 0, updated: 0, unchanged: 0, not_linked: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  await writeAudit(db, {
    actorUserId: props.actorUserId,
    action: "holdings.imported",
    subjectType: "integration_key",
    subjectId: props.integrationKeyId,
    ip: props.ip,
    at: props.now,
    details: {
      sourceSystems: [...new Set(props.rows.map((row) => row.sourceSystem))],
      counts,
      notLinked: outcomes.flatMap((outcome) =>
        outcome.status === "not_linked" ? [{ externalId: outcome.externalId, reason: outcome.reason }] : [],
      ),
    },
  });
  return { outcomes, counts };
}

/** jsonb keeps keys in its own order, so equal details are compared key by key. */
function flatJson(details: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(details).sort(([a], [b]) => a.localeCompare(b)));
}

async function candidate(db: Db, customerId: string | undefined): Promise<LinkCandidate | null> {
  if (customerId === undefined) return null;
  const live = await resolveLiveCustomerId(db, customerId);
  const row = await db
    .selectFrom("customers")
    .select(["id", "customer_number", "erased_at"])
    .where("id", "=", live)
    .executeTakeFirstOrThrow();
  // An erased person is never brought back, not even by their bank's export (invariant 8).
  return row.erased_at === null ? { customerId: row.id, customerNumber: row.customer_number } : null;
}

async function byIdentity(db: Db, kind: "email" | "phone", value: string | null) {
  if (value === null) return null;
  const row = await db
    .selectFrom("identities")
    .select("customer_id")
    .where("kind", "=", kind)
    .where("value", "=", value)
    .executeTakeFirst();
  return candidate(db, row?.customer_id);
}

async function importOne(
  trx: Transaction<Database>,
  row: HoldingRow,
  props: ImportHoldingsProps,
): Promise<HoldingOutcome> {
  const keys = holdingLookupKeys(row.customer, props.defaultCountry);
  const numbered =
    keys.customerNumber === null
      ? undefined
      : await trx
          .selectFrom("customers")
          .select("id")
          .where("customer_number", "=", keys.customerNumber)
          .executeTakeFirst();
  const decision = decideHoldingLink(keys, {
    byNumber: await candidate(trx, numbered?.id),
    byEmail: await byIdentity(trx, "email", keys.email),
    byPhone: await byIdentity(trx, "phone", keys.phone),
  });
  if (!decision.linked) return { externalId: row.externalId, status: "not_linked", reason: decision.reason };
  if (decision.learnNumber !== null)
    await trx
      .updateTable("customers")
      .set({ customer_number: decision.learnNumber, updated_at: props.now })
      .where("id", "=", decision.customerId)
      .execute();
  const values = {
    kind: row.kind,
    name: row.name,
    reference: row.reference,
    status: row.status,
    opened_at: row.openedAt,
    balance_minor: row.balance?.minor ?? null,
    currency: row.balance?.currency ?? null,
    details: JSON.stringify(row.details),
  };
  const existing = await trx
    .selectFrom("customer_products")
    .selectAll()
    // pg and PGlite hand a date column back as a Date at local midnight; compare the day as text.
    .select(sql<string | null>`opened_at::text`.as("opened_on"))
    .where("source_system", "=", row.sourceSystem)
    .where("external_id", "=", row.externalId)
    .forUpdate()
    .executeTakeFirst();
  if (!existing) {
    await trx
      .insertInto("customer_products")
      .values({
        ...values,
        customer_id: decision.customerId,
        origin_customer_id: decision.customerId,
        source_system: row.sourceSystem,
        external_id: row.externalId,
        synced_at: props.now,
      })
      .execute();
    return { externalId: row.externalId, status: "created", customerId: decision.customerId };
  }
  const unchanged =
    existing.customer_id === decision.customerId &&
    existing.kind === values.kind &&
    existing.name === values.name &&
    existing.reference === values.reference &&
    existing.status === values.status &&
    existing.opened_on === values.opened_at &&
    (existing.balance_minor === null ? null : Number(existing.balance_minor)) === values.balance_minor &&
    existing.currency === values.currency &&
    flatJson(existing.details) === flatJson(row.details);
  await trx
    .updateTable("customer_products")
    .set(
      unchanged
        ? { synced_at: props.now }
        : {
            ...values,
            customer_id: decision.customerId,
            // A holding the system of record moved to another person is theirs from the start.
            ...(existing.customer_id === decision.customerId
              ? {}
              : { origin_customer_id: decision.customerId }),
            synced_at: props.now,
          },
    )
    .where("id", "=", existing.id)
    .execute();
  return {
    externalId: row.externalId,
    status: unchanged ? "unchanged" : "updated",
    customerId: decision.customerId,
  };
}
