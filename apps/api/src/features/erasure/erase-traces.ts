import { mergeMovedSchema, parseMergeReasons, redactMergeEvidence, redactMergeMoved } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Trx = Transaction<Database>;

/**
 * Merge records and suggestions involving one of the person's records keep who, when and how many
 * (an undo is then refused on the erased customer's state, not on missing facts) and lose the
 * identifiers, names and free text. Open suggestions are dismissed: nobody is left to merge.
 * Codes mailed to prove who the person is are deleted.
 */
export async function eraseMergeTraces(
  trx: Trx,
  props: { ids: string[]; at: Date },
): Promise<{ merges: number; mergeSuggestions: number }> {
  const merges = await trx
    .selectFrom("merges")
    .select(["id", "survivor_id", "absorbed_id", "evidence", "moved"])
    .where((eb) => eb.or([eb("survivor_id", "in", props.ids), eb("absorbed_id", "in", props.ids)]))
    .execute();
  for (const merge of merges) {
    const moved = mergeMovedSchema.safeParse(merge.moved);
    await trx
      .updateTable("merges")
      .set({
        reason: "",
        evidence: JSON.stringify(redactMergeEvidence(parseMergeReasons(merge.evidence))),
        moved: JSON.stringify(
          moved.success
            ? redactMergeMoved(moved.data, {
                survivor: props.ids.includes(merge.survivor_id),
                absorbed: props.ids.includes(merge.absorbed_id),
              })
            : {},
        ),
      })
      .where("id", "=", merge.id)
      .execute();
  }
  const suggestions = await trx
    .selectFrom("merge_suggestions")
    .select(["id", "reasons"])
    .where((eb) => eb.or([eb("customer_a", "in", props.ids), eb("customer_b", "in", props.ids)]))
    .execute();
  for (const suggestion of suggestions) {
    await trx
      .updateTable("merge_suggestions")
      .set({ reasons: JSON.stringify(redactMergeEvidence(parseMergeReasons(suggestion.reasons))) })
      .where("id", "=", suggestion.id)
      .execute();
  }
  await trx
    .updateTable("merge_suggestions")
    .set({ status: "dismissed", decided_at: props.at })
    .where("status", "=", "open")
    .where((eb) => eb.or([eb("customer_a", "in", props.ids), eb("customer_b", "in", props.ids)]))
    .execute();
  // Mailed codes name a (masked) address and serve a merge within the hour: nothing to keep.
  await trx
    .deleteFrom("identity_codes")
    .where((eb) =>
      eb.or([
        eb("customer_a", "in", props.ids),
        eb("customer_b", "in", props.ids),
        eb("sent_to_customer_id", "in", props.ids),
      ]),
    )
    .execute();
  return { merges: merges.length, mergeSuggestions: suggestions.length };
}

/**
 * Audit entries keep action, actor, subject and time (who looked at or changed what, when, stays
 * provable) and lose their details when they concern the person or their details name them (a
 * search for their address). Realtime rows that name them are deleted: they only serve resuming
 * consoles for a few minutes.
 */
export async function eraseLogs(
  trx: Trx,
  props: { ids: string[]; conversationIds: string[]; strings: string[] },
): Promise<{ auditEntries: number; realtimeEvents: number }> {
  const needles = [...props.ids, ...props.conversationIds, ...props.strings];
  const audit = await sql`
    update audit_log set details = '{}'::jsonb
    where details <> '{}'::jsonb
      and (customer_id = any(${props.ids}::uuid[])
        or exists (select 1 from unnest(${needles}::text[]) s where strpos(details::text, s) > 0))
  `.execute(trx);
  const realtime = await sql`
    delete from realtime_events
    where exists (select 1 from unnest(${needles}::text[]) s where strpos(payload::text, s) > 0)
  `.execute(trx);
  return {
    auditEntries: Number(audit.numAffectedRows ?? 0),
    realtimeEvents: Number(realtime.numAffectedRows ?? 0),
  };
}

/** Files only the person's items pointed at. Content-addressed: one another item still names stays. */
export async function eraseFiles(trx: Trx, hashes: string[]): Promise<number> {
  if (hashes.length === 0) return 0;
  const deleted = await sql`
    delete from kept_files f
    where f.sha256 = any(${hashes}::text[])
      and not exists (select 1 from timeline_events t where strpos(t.metadata::text, f.sha256) > 0)
      and not exists (select 1 from outbox o where strpos(o.payload::text, f.sha256) > 0)
  `.execute(trx);
  return Number(deleted.numAffectedRows ?? 0);
}

/** The customer records themselves stay (ids, times, merge chain) as "erased person", with nothing of theirs. */
export async function eraseCustomerRecords(
  trx: Trx,
  props: { ids: string[]; at: Date },
): Promise<{ customers: number; consents: number; products: number }> {
  const consents = await trx
    .updateTable("consents")
    .set({ note: null })
    .where("customer_id", "in", props.ids)
    .executeTakeFirst();
  const products = await trx
    .deleteFrom("customer_products")
    .where("customer_id", "in", props.ids)
    .executeTakeFirst();
  // The matcher's keys are the person's names, dates and identifiers in another shape.
  await trx.deleteFrom("customer_match_keys").where("customer_id", "in", props.ids).execute();
  await trx.deleteFrom("match_checks").where("customer_id", "in", props.ids).execute();
  await trx
    .updateTable("customers")
    .set({
      display_name: "",
      locale: null,
      tags: [],
      customer_number: null,
      record_name: null,
      birth_date: null,
      postal_address: null,
      erased_at: props.at,
      updated_at: props.at,
    })
    .where("id", "in", props.ids)
    .execute();
  return {
    customers: props.ids.length,
    consents: Number(consents.numUpdatedRows),
    products: Number(products.numDeletedRows),
  };
}
