import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { ConversationRow, Database } from "../../db/schema.ts";

/** The conversation, locked for the rest of the transaction when `forUpdate` (status/assign races). */
export async function loadConversation(
  db: Kysely<Database> | Transaction<Database>,
  conversationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ConversationRow> {
  let query = db.selectFrom("conversations").selectAll().where("id", "=", conversationId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such conversation" });
  return row;
}
