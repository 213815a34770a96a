import { randomInt, randomUUID } from "node:crypto";
import {
  IDENTITY_CODE_ATTEMPTS,
  IDENTITY_CODE_DIGITS,
  IDENTITY_CODES_PER_HOUR,
  IDENTITY_CODE_TTL_MINUTES,
  codeOfAnswer,
  confirmedCodeUsable,
  mergeRefusal,
  identityCodeMail,
  identityCodeOpen,
  identityCodeResult,
  maskedAddress,
  sortedIds,
  withoutCode,
  type IdentityCodeCheck,
  type MergeReason,
  type IdentityCodeSent,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { startEmailConversation } from "../conversations/start-email-conversation.ts";
import { identityCodeHash, identityCodeMatches, type IdentityCodeKey } from "./identity-code-key.ts";
import { addressesOnFile, mailboxFor } from "./identity-code-mailbox.ts";
import { requireLiveCustomers } from "./live-customers.ts";
import { refuseMerge } from "./merge-refusal-error.ts";
import { lockKeys } from "../../db/advisory-locks.ts";

interface Acting {
  caller: Caller;
  ip: string | null;
  now: Date;
}

function newCode(): string {
  return String(randomInt(0, 10 ** IDENTITY_CODE_DIGITS)).padStart(IDENTITY_CODE_DIGITS, "0");
}

/**
 * Mails a one-time code to an address on file of one of the two customers, as a new e-mail
 * conversation on that customer's timeline (the code blanked there: the agent must hear it from the
 * customer). At most IDENTITY_CODES_PER_HOUR per pair; each one audited without the code.
 */
export async function sendIdentityCode(
  db: Kysely<Database>,
  key: IdentityCodeKey,
  props: Acting & { customerIds: readonly string[]; identityId: string },
): Promise<IdentityCodeSent> {
  const { caller, now } = props;
  const pair = sortedIds([...props.customerIds]);
  return db.transaction().execute(async (trx) => {
    // One action on a pair at a time: codes are counted and compared in order.
    await lockKeys(trx, [`identity-code:${pair.join(":")}`], "wait");
    const customers = await requireLiveCustomers(trx, pair);
    const earlier = await trx
      .selectFrom("identity_codes")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("customer_a", "=", pair[0] ?? "")
      .where("customer_b", "=", pair[1] ?? "")
      .where("sent_at", ">", new Date(now.getTime() - 3_600_000))
      .executeTakeFirstOrThrow();
    if (Number(earlier.n) >= IDENTITY_CODES_PER_HOUR)
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `${String(IDENTITY_CODES_PER_HOUR)} codes were mailed for these two customers in the last hour; use the newest or try again later`,
      });
    const target = (await addressesOnFile(trx, pair)).find((found) => found.identityId === props.identityId);
    if (!target)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "This e-mail address is not on file for either customer (any more)",
      });
    const mailbox = await mailboxFor(trx, target.customerId);
    if (mailbox === null)
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: "No e-mail connection can send mail: an admin must set one up first",
      });
    const customer = customers.find((row) => row.id === target.customerId);
    const code = newCode();
    const mail = identityCodeMail({
      locale: customer?.locale === "en" ? "en" : "de",
      code,
      customerName: customer?.display_name ?? null,
      agentName: caller.displayName,
    });
    const started = await startEmailConversation(trx, {
      caller,
      customerId: target.customerId,
      identityId: target.identityId,
      connectorId: mailbox,
      to: customer?.display_name
        ? { address: target.address, name: customer.display_name }
        : { address: target.address },
      subject: mail.subject,
      text: mail.text,
      shownText: withoutCode(mail.text, code),
      now,
    });
    const id = randomUUID();
    const sentTo = maskedAddress(target.address);
    await trx
      .insertInto("identity_codes")
      .values({
        id,
        customer_a: pair[0] ?? "",
        customer_b: pair[1] ?? "",
        sent_to_customer_id: target.customerId,
        sent_to: sentTo,
        code_hash: identityCodeHash(key, id, code),
        conversation_id: started.conversationId,
        outbox_id: started.outboxId,
        sent_by: caller.userId,
        sent_at: now,
        expires_at: new Date(now.getTime() + IDENTITY_CODE_TTL_MINUTES * 60_000),
      })
      .execute();
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "customer.identityCodeSent",
      subjectType: "customer",
      subjectId: target.customerId,
      customerId: target.customerId,
      details: { customerIds: pair, sentTo, conversationId: started.conversationId },
      ip: props.ip,
      at: now,
    });
    const sent = await latestIdentityCode(trx, pair, now);
    if (!sent) throw new Error("The code just mailed is not found");
    return sent;
  });
}

/**
 * The code the customer read back against the newest one mailed for the pair. A wrong one counts
 * an attempt; after IDENTITY_CODE_ATTEMPTS the code is spent. Audited without the code.
 */
export async function confirmIdentityCode(
  db: Kysely<Database>,
  key: IdentityCodeKey,
  props: Acting & { customerIds: readonly string[]; code: string },
): Promise<IdentityCodeCheck> {
  const { caller, now } = props;
  const pair = sortedIds([...props.customerIds]);
  return db.transaction().execute(async (trx) => {
    // One action on a pair at a time: codes are counted and compared in order.
    await lockKeys(trx, [`identity-code:${pair.join(":")}`], "wait");
    await requireLiveCustomers(trx, pair);
    const code = await trx
      .selectFrom("identity_codes")
      .select(["id", "code_hash", "expires_at", "attempts", "confirmed_at"])
      .where("customer_a", "=", pair[0] ?? "")
      .where("customer_b", "=", pair[1] ?? "")
      .orderBy("sent_at", "desc")
      .limit(1)
      .executeTakeFirst();
    const typed = codeOfAnswer(props.code) ?? "";
    const state = code && {
      expiresAt: code.expires_at,
      attempts: code.attempts,
      confirmedAt: code.confirmed_at,
    };
    const result = identityCodeResult(
      state,
      code ? identityCodeMatches(key, code.id, typed, code.code_hash) : false,
      now,
    );
    let attempts = code?.attempts ?? 0;
    if (code && result === "different" && code.confirmed_at === null) {
      attempts += 1;
      await trx.updateTable("identity_codes").set({ attempts }).where("id", "=", code.id).execute();
    }
    if (code && result === "same" && code.confirmed_at === null)
      await trx.updateTable("identity_codes").set({ confirmed_at: now }).where("id", "=", code.id).execute();
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "customer.identityCodeChecked",
      subjectType: "customer",
      subjectId: pair[0] ?? null,
      customerId: pair[0] ?? null,
      details: { customerIds: pair, result },
      ip: props.ip,
      at: now,
    });
    return {
      result,
      attemptsLeft: Math.max(0, IDENTITY_CODE_ATTEMPTS - attempts),
      codeId: result === "same" && code ? code.id : null,
    };
  });
}

/** The newest code of the pair while it can be read back or carry a merge, with how far its mail got. */
export async function latestIdentityCode(
  db: Kysely<Database>,
  customerIds: readonly string[],
  now: Date,
): Promise<IdentityCodeSent | null> {
  const pair = sortedIds([...customerIds]);
  const row = await db
    .selectFrom("identity_codes as ic")
    .innerJoin("outbox as o", "o.id", "ic.outbox_id")
    .select([
      "ic.id",
      "ic.sent_to",
      "ic.sent_at",
      "ic.expires_at",
      "ic.attempts",
      "ic.confirmed_at",
      "o.status",
      "o.last_error",
    ])
    .where("ic.customer_a", "=", pair[0] ?? "")
    .where("ic.customer_b", "=", pair[1] ?? "")
    .orderBy("ic.sent_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const state = { expiresAt: row.expires_at, attempts: row.attempts, confirmedAt: row.confirmed_at };
  if (!identityCodeOpen(state, now)) return null;
  return {
    id: row.id,
    sentTo: row.sent_to,
    sentAt: row.sent_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    attemptsLeft: Math.max(0, IDENTITY_CODE_ATTEMPTS - row.attempts),
    confirmed: row.confirmed_at !== null,
    delivery: row.status,
    deliveryError: row.last_error,
  };
}

/**
 * The evidence a confirmed code gives a merge of exactly its two customers, checked inside the
 * merge: a code confirmed for other customers, or too long ago, carries nothing and refuses the merge.
 */
export async function confirmedCodeEvidence(
  trx: Transaction<Database>,
  codeId: string,
  customerIds: readonly string[],
  now: Date,
): Promise<MergeReason> {
  const pair = sortedIds([...customerIds]);
  const code = await trx
    .selectFrom("identity_codes")
    .select(["sent_to", "confirmed_at"])
    .where("id", "=", codeId)
    .where("customer_a", "=", pair[0] ?? "")
    .where("customer_b", "=", pair[1] ?? "")
    .executeTakeFirst();
  if (!code || !confirmedCodeUsable(code.confirmed_at, now))
    throw refuseMerge("CONFLICT", mergeRefusal("code-not-confirmed"));
  return { code: "identity-code", channel: "email", sentTo: code.sent_to, customerIds: pair };
}
