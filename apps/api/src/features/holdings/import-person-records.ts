import {
  decideHoldingLink,
  holdingLookupKeys,
  type CountryCode,
  type LinkCandidate,
  type PersonRecordRow,
  type UnlinkedReason,
} from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { enqueueMatchChecks } from "../matching/enqueue-match-checks.ts";

/** Reasons a person is not imported: the holdings' (number_conflict, ambiguous, invalid …). */
export type PersonUnlinkedReason = Exclude<UnlinkedReason, "no_match">;

export type PersonOutcome =
  | { customerNumber: string; status: "created" | "updated" | "unchanged"; customerId: string }
  | { customerNumber: string; status: "not_linked"; reason: PersonUnlinkedReason };

export interface PersonImportSummary {
  outcomes: PersonOutcome[];
  counts: Record<PersonOutcome["status"], number>;
}

export interface ImportPersonRecordsProps {
  rows: readonly PersonRecordRow[];
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
 * Upserts people from a system of record by customer number, each row in its own transaction. The
 * customer carrying the number takes the record's date of birth, address and name (the desk's
 * display name only while it is empty or an address); else the customer Emma knows by the e-mail
 * address or phone number learns the number (the holdings' linking rules); else a customer is
 * created. Every customer touched is queued for the matcher; the caller starts the sweep.
 */
export async function importPersonRecords(
  db: Kysely<Database>,
  props: ImportPersonRecordsProps,
): Promise<PersonImportSummary> {
  const outcomes: PersonOutcome[] = [];
  for (const row of props.rows) {
    outcomes.push(await db.transaction().execute((trx) => importOne(trx, row, props)));
    props.onProgress?.(outcomes.length);
  }
  const counts = { created: 0, updated: 0, unchanged: 0, not_linked: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  await writeAudit(db, {
    actorUserId: props.actorUserId,
    action: "customers.imported",
    subjectType: "integration_key",
    subjectId: props.integrationKeyId,
    ip: props.ip,
    at: props.now,
    details: {
      sourceSystems: [...new Set(props.rows.map((row) => row.sourceSystem))],
      counts,
      notLinked: outcomes.flatMap((outcome) =>
        outcome.status === "not_linked"
          ? [{ customerNumber: outcome.customerNumber, reason: outcome.reason }]
          : [],
      ),
    },
  });
  return { outcomes, counts };
}

async function candidate(db: Db, customerId: string | undefined): Promise<LinkCandidate | null> {
  if (customerId === undefined) return null;
  const live = await resolveLiveCustomerId(db, customerId);
  const row = await db
    .selectFrom("customers")
    .select(["id", "customer_number", "erased_at"])
    .where("id", "=", live)
    .executeTakeFirstOrThrow();
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
  row: PersonRecordRow,
  props: ImportPersonRecordsProps,
): Promise<PersonOutcome> {
  const number = row.customerNumber;
  const keys = holdingLookupKeys(
    {
      customerNumber: number,
      ...(row.email === undefined ? {} : { email: row.email }),
      ...(row.phone === undefined ? {} : { phone: row.phone }),
    },
    props.defaultCountry,
  );
  const numbered = await trx
    .selectFrom("customers")
    .select("id")
    .where("customer_number", "=", number)
    .executeTakeFirst();
  const decision = decideHoldingLink(keys, {
    byNumber: await candidate(trx, numbered?.id),
    byEmail: await byIdentity(trx, "email", keys.email),
    byPhone: await byIdentity(trx, "phone", keys.phone),
  });
  if (!decision.linked && decision.reason !== "no_match")
    return { customerNumber: number, status: "not_linked", reason: decision.reason };
  if (!decision.linked) {
    const created = await trx
      .insertInto("customers")
      .values({
        display_name: row.name,
        record_name: row.name,
        customer_number: number,
        birth_date: row.birthDate ?? null,
        postal_address: row.address ? JSON.stringify(row.address) : null,
        created_at: props.now,
        updated_at: props.now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await enqueueMatchChecks(trx, [created.id], props.now);
    return { customerNumber: number, status: "created", customerId: created.id };
  }
  const customerId = decision.customerId;
  const before = await trx
    .selectFrom("customers")
    .select(["display_name", "record_name", "customer_number", "postal_address"])
    .select(sql<string | null>`birth_date::text`.as("birth_date"))
    .select(
      sql<boolean>`display_name = '' or exists (
        select 1 from identities i where i.customer_id = customers.id
          and (lower(i.value) = lower(customers.display_name) or lower(i.display) = lower(customers.display_name))
      )`.as("named_by_address"),
    )
    .where("id", "=", customerId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const address = row.address ? JSON.stringify(row.address) : null;
  const after = {
    record_name: row.name,
    customer_number: decision.learnNumber ?? before.customer_number,
    birth_date: row.birthDate ?? before.birth_date,
    postal_address: address ?? (before.postal_address ? JSON.stringify(before.postal_address) : null),
    display_name: before.named_by_address ? row.name : before.display_name,
  };
  const unchanged =
    after.record_name === before.record_name &&
    after.customer_number === before.customer_number &&
    after.birth_date === before.birth_date &&
    after.display_name === before.display_name &&
    (address === null || sameJson(row.address, before.postal_address));
  if (unchanged) return { customerNumber: number, status: "unchanged", customerId };
  await trx
    .updateTable("customers")
    .set({ ...after, updated_at: props.now })
    .where("id", "=", customerId)
    .execute();
  await enqueueMatchChecks(trx, [customerId], props.now);
  return { customerNumber: number, status: "updated", customerId };
}

/** jsonb keeps keys in its own order, so addresses are compared field by field. */
function sameJson(a: object | undefined, b: object | null): boolean {
  const flat = (value: object | null | undefined) =>
    value ? JSON.stringify(Object.entries(value).sort(([x], [y]) => x.localeCompare(y))) : null;
  return flat(a) === flat(b);
}
