import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentSavedFilter } from "./saved-filter-presenter.ts";

/** The signed-in user's own saved views, by name; nobody sees a colleague's. */
export async function listSavedFilters(db: Kysely<Database>, caller: Caller) {
  const rows = await db
    .selectFrom("saved_filters")
    .select(["id", "name", "view"])
    .where("user_id", "=", caller.userId)
    .orderBy((eb) => eb.fn("lower", ["name"]))
    .execute();
  return rows.map(presentSavedFilter);
}
