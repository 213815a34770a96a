import { SAVED_FILTERS_PER_USER, type SavedFilterSaveInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentSavedFilter } from "./saved-filter-presenter.ts";

interface SaveProps {
  caller: Caller;
  input: SavedFilterSaveInput;
  ip: string | null;
  now: Date;
}

/** Saves the view under its name for the caller; the same name (any case) replaces the old view. */
export async function saveSavedFilter(db: Kysely<Database>, props: SaveProps) {
  const { caller, input, now } = props;
  return db.transaction().execute(async (trx) => {
    // ::int: pg returns count(*) as a string, PGlite as a number.
    const existing = await trx
      .selectFrom("saved_filters")
      .select([
        sql<number>`count(*)::int`.as("count"),
        sql<number>`(count(*) filter (where lower(name) = lower(${input.name})))::int`.as("same"),
      ])
      .where("user_id", "=", caller.userId)
      .executeTakeFirstOrThrow();
    if (existing.same === 0 && existing.count >= SAVED_FILTERS_PER_USER)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `You can keep ${SAVED_FILTERS_PER_USER} saved views; delete one first`,
      });
    const { rows } = await sql<{ id: string; name: string; view: Record<string, unknown> }>`
      insert into saved_filters (user_id, name, view, created_at, updated_at)
      values (${caller.userId}, ${input.name}, ${JSON.stringify(input.view)}::jsonb, ${now}, ${now})
      on conflict (user_id, lower(name)) do update set name = excluded.name, view = excluded.view, updated_at = excluded.updated_at
      returning id, name, view
    `.execute(trx);
    const row = rows[0];
    if (!row) throw new Error("saving a view returned no row");
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "saved_filter.saved",
      subjectType: "saved_filter",
      subjectId: row.id,
      details: { name: row.name },
      ip: props.ip,
      at: now,
    });
    return presentSavedFilter(row);
  });
}
