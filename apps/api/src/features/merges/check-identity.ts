import {
  IDENTITY_CHECKS_PER_HOUR,
  checkIdentityAnswers,
  factsHeld,
  identityConfirmed,
  parsePostalAddress,
  sortedIds,
  type FactsOnFile,
  type IdentityAnswers,
  type IdentityCheckResult,
  type IdentityFacts,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";
import { codeTargets } from "./identity-code-mailbox.ts";
import { latestIdentityCode } from "./identity-codes.ts";
import { requireLiveCustomers } from "./live-customers.ts";
import { lockKeys } from "../../db/advisory-locks.ts";

const AUDIT_ACTION = "customer.identityChecked";

/**
 * The customer's answers against what the records of both customers hold, and everything merged
 * into either (a record absorbed earlier still knows its date of birth). Only the comparison
 * leaves the database: the console shows "stimmt" or "stimmt nicht", never the value on file.
 */
export async function checkIdentity(
  db: Kysely<Database>,
  customerIds: readonly string[],
  answers: IdentityAnswers,
): Promise<IdentityCheckResult> {
  const checks = checkIdentityAnswers(await factsOnFile(db, customerIds), answers);
  return { checks, confirmed: identityConfirmed(checks) };
}

/**
 * What the console may ask about: the facts either customer's records hold, the addresses on file a
 * code can be mailed to, and the code already mailed for the pair.
 */
export async function identityFacts(
  db: Kysely<Database>,
  customerIds: readonly string[],
  now: Date,
): Promise<IdentityFacts> {
  return {
    onFile: factsHeld(await factsOnFile(db, customerIds)),
    ...(await codeTargets(db, customerIds)),
    latestCode: await latestIdentityCode(db, customerIds, now),
  };
}

/**
 * An agent's check: the console never shows a date of birth, so each answered check is audited
 * (which facts, how they compared, never the answers) and an agent gets IDENTITY_CHECKS_PER_HOUR
 * per pair of customers, which leaves guessing a date of birth pointless.
 */
export async function checkIdentityAsAgent(
  db: Kysely<Database>,
  props: {
    caller: Caller;
    customerIds: readonly string[];
    answers: IdentityAnswers;
    ip: string | null;
    now: Date;
  },
): Promise<IdentityCheckResult> {
  const { caller, answers, now } = props;
  const pair = sortedIds([...props.customerIds]);
  return db.transaction().execute(async (trx) => {
    // Two checks at once by one agent on one pair are counted one after the other.
    await lockKeys(trx, [`identity-check:${caller.userId}:${pair.join(":")}`], "wait");
    const earlier = await trx
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("actor_user_id", "=", caller.userId)
      .where("action", "=", AUDIT_ACTION)
      .where("customer_id", "=", pair[0] ?? null)
      .where("at", ">", new Date(now.getTime() - 3_600_000))
      .where(sql<boolean>`details -> 'customerIds' @> ${JSON.stringify(pair)}::jsonb`)
      .executeTakeFirstOrThrow();
    if (Number(earlier.n) >= IDENTITY_CHECKS_PER_HOUR)
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `These two customers' answers were checked ${String(IDENTITY_CHECKS_PER_HOUR)} times in the last hour; try again later or ask a colleague`,
      });
    const result = await checkIdentity(trx, pair, answers);
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: AUDIT_ACTION,
      subjectType: "customer",
      subjectId: pair[0] ?? null,
      customerId: pair[0] ?? null,
      details: { customerIds: pair, checks: result.checks },
      ip: props.ip,
      at: now,
    });
    return result;
  });
}

async function factsOnFile(db: Kysely<Database>, customerIds: readonly string[]): Promise<FactsOnFile[]> {
  await requireLiveCustomers(db, customerIds);
  const rows = await db
    .selectFrom("customers")
    .select(["postal_address", "customer_number", sql<string | null>`birth_date::text`.as("birth_date")])
    .where((eb) => eb.or(customerIds.map((id) => inMergedSubtree("id", id))))
    .execute();
  return rows.map((row) => ({
    birthDate: row.birth_date,
    postcode: parsePostalAddress(row.postal_address)?.postalCode ?? null,
    customerNumber: row.customer_number,
  }));
}
