import { queueViewSchema } from "@emma/core";
import type { Selectable } from "kysely";
import type { SavedFiltersTable } from "../../db/schema.ts";

/** A saved view as the console lists it; the stored view is parsed, never passed through. */
export function presentSavedFilter(row: Pick<Selectable<SavedFiltersTable>, "id" | "name" | "view">) {
  return { id: row.id, name: row.name, view: queueViewSchema.parse(row.view) };
}
export type SavedFilter = ReturnType<typeof presentSavedFilter>;
