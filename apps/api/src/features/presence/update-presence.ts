import type { PresencePayload, PresenceUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { publish } from "../../realtime/publish.ts";
import type { Caller } from "../../trpc/context.ts";

/**
 * Tells every console who is in a conversation ("Anna is typing a reply"), through the same
 * stored-and-NOTIFYed realtime path as everything else, so consoles on other API instances hear it
 * too. Presence is not a change to anyone's data, so it is not audited (the conversation read is).
 * Consoles expire it themselves when the heartbeats stop.
 */
export async function updatePresence(
  db: Kysely<Database>,
  props: { caller: Caller; input: PresenceUpdateInput },
): Promise<{ ok: true }> {
  const { caller, input } = props;
  const conversation = await db
    .selectFrom("conversations")
    .select("id")
    .where("id", "=", input.conversationId)
    .executeTakeFirst();
  if (!conversation) throw new TRPCError({ code: "NOT_FOUND", message: "No such conversation" });
  const payload: PresencePayload = {
    conversationId: conversation.id,
    userId: caller.userId,
    displayName: caller.displayName,
    state: input.state,
    composer: input.state === "typing" ? (input.composer ?? "reply") : null,
  };
  await publish(db, { topic: "presence", userIds: null, payload });
  return { ok: true };
}
