import type { CustomerExportStartInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";

interface StartExportProps {
  caller: Caller;
  input: CustomerExportStartInput;
  ip: string | null;
  now: Date;
}

/**
 * Queues an export of the person's data (any instance's worker makes it) and puts it on record at
 * once: the export is a read of everything Emma holds about them.
 */
export async function startExport(db: Kysely<Database>, props: StartExportProps): Promise<{ id: string }> {
  const customerId = await resolveLiveCustomerId(db, props.input.customerId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("customer_exports")
      .values({
        customer_id: customerId,
        requested_by: props.caller.userId,
        language: props.input.language,
        time_zone: props.input.timeZone,
        created_at: props.now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "customer.exported",
      subjectType: "customer",
      subjectId: customerId,
      customerId,
      ip: props.ip,
      at: props.now,
      details: { exportId: row.id, language: props.input.language },
    });
    return { id: row.id };
  });
}
