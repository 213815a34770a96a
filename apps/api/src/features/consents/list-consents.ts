import { consentOverview } from "@emma/core";
import type { Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { consentRecordsOf } from "./consent-records.ts";

interface ListConsentsProps {
  caller: Caller;
  audit: ReadAuditLog;
  customerId: string;
  ip: string | null;
  now: Date;
}

/** What the customer allows now, per channel and purpose, and every decision behind it. */
export async function listConsents(db: Kysely<Database>, props: ListConsentsProps) {
  const id = await resolveLiveCustomerId(db, props.customerId);
  const history = await consentRecordsOf(db, id);
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.consentsViewed",
    subjectType: "customer",
    subjectId: id,
    customerId: id,
    ip: props.ip,
    at: props.now,
  });
  return {
    customerId: id,
    /** Every channel and purpose: allowed now, and the record that decides it (null: the default). */
    current: consentOverview(history),
    history,
  };
}
