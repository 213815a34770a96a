import { consentRecordInputSchema, type ConsentRecordInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { presentConsentRecord } from "./consent-records.ts";

interface RecordConsentProps {
  caller: Caller;
  input: ConsentRecordInput;
  ip: string | null;
  now: Date;
}

/**
 * An agent records what the customer told them: an opt-out, or consent given (again). Added to
 * the history, never overwriting it; from now on it decides its channel and purpose.
 */
export async function recordConsent(db: Kysely<Database>, props: RecordConsentProps) {
  const input = consentRecordInputSchema.parse(props.input);
  return db.transaction().execute(async (trx) => {
    const customerId = await resolveLiveCustomerId(trx, input.customerId);
    const row = await trx
      .insertInto("consents")
      .values({
        customer_id: customerId,
        channel: input.channel,
        purpose: input.purpose,
        state: input.state,
        how: input.how,
        recorded_at: props.now,
        recorded_by: props.caller.userId,
        note: input.note,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "customer.consentRecorded",
      subjectType: "customer",
      subjectId: customerId,
      customerId,
      details: {
        consentId: row.id,
        channel: row.channel,
        purpose: row.purpose,
        state: row.state,
        how: row.how,
        note: row.note,
      },
      ip: props.ip,
      at: props.now,
    });
    return presentConsentRecord(row);
  });
}
