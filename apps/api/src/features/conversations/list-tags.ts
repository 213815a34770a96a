import { likePrefixPattern, type ConversationTagsInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Tags in use, for suggestions as an agent types: those starting with what was typed, A–Z. */
export async function listTags(db: Kysely<Database>, input: ConversationTagsInput): Promise<string[]> {
  let query = db.selectFrom("conversation_tags").select("tag").orderBy("tag").limit(50);
  if (input.prefix !== "")
    query = query.where(sql<boolean>`tag like ${likePrefixPattern(input.prefix)} escape '\\'`);
  const rows = await query.execute();
  return rows.map((row) => row.tag);
}
