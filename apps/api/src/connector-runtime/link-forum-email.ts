import { MERGE_DIFFERENCE_FIELDS, normalizeIdentity, sortedIds, type MergeReason } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { mergeCustomers, type MergeActor } from "../features/merges/merge-customers.ts";
import { publish } from "../realtime/publish.ts";
import { enqueueMatchChecks } from "../features/matching/enqueue-match-checks.ts";

/** Emma itself, for a merge no agent made: the forum's confirmation is the evidence. */
export const FORUM_EMAIL_ACTOR: MergeActor = { userId: null, displayName: "Emma" };

/** The reason a merge by a confirmed forum address carries, in the merge log and on the timeline. */
export const VERIFIED_EMAIL_REASON = "The forum confirmed this e-mail address";

export interface ForumEmailAnswer {
  /** The forum identity asked about. */
  identityId: string;
  /** What the forum said: its address and whether it verified it, or null when it says nothing. */
  answer: { address: string; verified: boolean } | null;
  now: Date;
}

export type ForumEmailOutcome = "merged" | "added" | "suggested" | "known" | "nothing";

/**
 * What a forum's answer about one of its accounts does. A VERIFIED address of another customer
 * makes the two one, as a recorded merge an agent can undo (the forum account's customer is merged
 * into the address's owner); one nobody has yet becomes the forum customer's e-mail identity. An
 * UNVERIFIED address of another customer only suggests the merge: anybody can type any address
 * into a forum profile. The lookup is recorded last, so a failure is retried from the start.
 */
export async function linkForumEmail(
  db: Kysely<Database>,
  props: ForumEmailAnswer,
): Promise<ForumEmailOutcome> {
  const forum = await db
    .selectFrom("identities")
    .select(["id", "kind", "value", "customer_id", "connector_id"])
    .where("id", "=", props.identityId)
    .executeTakeFirstOrThrow();
  // An e-mail address needs no country; the option only matters for phone numbers.
  const normalized = props.answer
    ? normalizeIdentity({ kind: "email", value: props.answer.address }, { defaultCountry: "DE" })
    : null;
  const verified = props.answer?.verified === true;
  const outcome = normalized?.ok
    ? await follow(db, forum, normalized.identity.value, verified, props.now)
    : "nothing";
  await db
    .updateTable("identities")
    .set({ email_lookup: normalized?.ok ? (verified ? "verified" : "unverified") : "none" })
    .where("id", "=", forum.id)
    .execute();
  return outcome;
}

async function follow(
  db: Kysely<Database>,
  forum: {
    id: string;
    value: string;
    customer_id: string;
    connector_id: string | null;
  },
  email: string,
  verified: boolean,
  now: Date,
): Promise<ForumEmailOutcome> {
  const owner = await db
    .selectFrom("identities")
    .select("customer_id")
    .where("kind", "=", "email")
    .where("value", "=", email)
    .executeTakeFirst();
  if (owner?.customer_id === forum.customer_id) return "known";
  if (!owner) {
    if (!verified) return "nothing";
    await db
      .insertInto("identities")
      .values({
        customer_id: forum.customer_id,
        origin_customer_id: forum.customer_id,
        kind: "email",
        value: email,
        connector_id: forum.connector_id,
      })
      .onConflict((oc) => oc.columns(["kind", "value"]).doNothing())
      .execute();
    await enqueueMatchChecks(db, [forum.customer_id], now);
    return "added";
  }
  const reason: MergeReason = {
    code: "forum-email",
    forum: { kind: "forum", value: forum.value },
    email,
    verified,
    customerIds: sortedIds([owner.customer_id, forum.customer_id]),
  };
  if (verified) {
    await mergeCustomers(db, {
      caller: FORUM_EMAIL_ACTOR,
      input: {
        survivorId: owner.customer_id,
        absorbedId: forum.customer_id,
        reason: VERIFIED_EMAIL_REASON,
        // The forum's confirmation stands in for an agent's look: the owner's name and language stay.
        confirmedDifferences: [...MERGE_DIFFERENCE_FIELDS],
      },
      evidence: [reason],
      ip: null,
      now,
    });
    return "merged";
  }
  const [a, b] = reason.customerIds;
  if (!a || !b) return "nothing";
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("merge_suggestions")
      .values({ customer_a: a, customer_b: b, reasons: JSON.stringify([reason]) })
      .onConflict((oc) => oc.columns(["customer_a", "customer_b"]).where("status", "=", "open").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted)
      await publish(trx, {
        topic: "merge.suggested",
        userIds: null,
        payload: { suggestionId: inserted.id, customerIds: [a, b] },
      });
  });
  return "suggested";
}
