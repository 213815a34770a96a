import {
  can,
  type BulkChange,
  type BulkOutcome,
  type ConversationBulkUpdateInput,
  type Permission,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { assignInTransaction } from "./assign-conversation.ts";
import { loadConversation } from "./load-conversation.ts";
import { setStatusInTransaction } from "./set-conversation-status.ts";
import { setTagsInTransaction } from "./set-conversation-tags.ts";

interface BulkProps {
  caller: Caller;
  input: ConversationBulkUpdateInput;
  ip: string | null;
  now: Date;
}

export interface BulkResult {
  conversationId: string;
  outcome: BulkOutcome;
  /** Why it was refused or not found: the code the single action would have failed with (the console words it). */
  reason: RefusalCode | null;
  /** The same in the API's words, for logs and other clients. */
  message: string | null;
}

type RefusalCode = "FORBIDDEN" | "BAD_REQUEST" | "CONFLICT" | "NOT_FOUND";

/** What each change needs beyond reading the queue; assigning others is checked per assignment. */
const PERMISSION_OF: Record<BulkChange["kind"], Permission> = {
  assign: "conversation.assign",
  setStatus: "conversation.setStatus",
  tags: "conversation.tag",
};

/**
 * The same change on each selected conversation through the single actions' own code (their
 * rules, audit entry and realtime event), each in its own transaction: one refusal (a colleague's
 * conversation an agent may not reassign, one deleted meanwhile) leaves the others done, and the
 * answer says what happened to each. Each row is locked while it changes, so a colleague's single
 * change to the same conversation lands wholly before or after, never in between.
 */
export async function bulkUpdate(db: Kysely<Database>, props: BulkProps): Promise<{ results: BulkResult[] }> {
  const permission = PERMISSION_OF[props.input.change.kind];
  if (!can(props.caller.role, permission))
    throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not make this change" });
  const results: BulkResult[] = [];
  for (const conversationId of new Set(props.input.conversationIds))
    results.push(await updateOne(db, props, conversationId));
  return { results };
}

async function updateOne(
  db: Kysely<Database>,
  props: BulkProps,
  conversationId: string,
): Promise<BulkResult> {
  try {
    const outcome = await db.transaction().execute((trx) => applyChange(trx, props, conversationId));
    return { conversationId, outcome, reason: null, message: null };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "NOT_FOUND")
      return { conversationId, outcome: "not_found", reason: error.code, message: error.message };
    if (error.code === "FORBIDDEN" || error.code === "BAD_REQUEST" || error.code === "CONFLICT")
      return { conversationId, outcome: "refused", reason: error.code, message: error.message };
    throw error;
  }
}

async function applyChange(
  trx: Transaction<Database>,
  props: BulkProps,
  conversationId: string,
): Promise<"changed" | "unchanged"> {
  const { caller, ip, now } = props;
  const { change } = props.input;
  const before = await loadConversation(trx, conversationId, { forUpdate: true });
  switch (change.kind) {
    case "assign": {
      const teamId = change.teamId === undefined ? before.team_id : change.teamId;
      if (before.assignee_id === change.assigneeId && before.team_id === teamId) return "unchanged";
      const input = {
        conversationId,
        assigneeId: change.assigneeId,
        ...(change.teamId === undefined ? {} : { teamId: change.teamId }),
      };
      await assignInTransaction(trx, { caller, input, ip, now });
      return "changed";
    }
    case "setStatus": {
      if (before.status === change.status && change.status !== "snoozed") return "unchanged";
      const input = {
        conversationId,
        status: change.status,
        ...(change.snoozedUntil ? { snoozedUntil: change.snoozedUntil } : {}),
      };
      await setStatusInTransaction(trx, { caller, input, ip, now });
      return "changed";
    }
    case "tags": {
      const input = { conversationId, add: change.add, remove: change.remove };
      const result = await setTagsInTransaction(trx, { caller, input, ip, now });
      return result.changed ? "changed" : "unchanged";
    }
    default: {
      const unreachable: never = change;
      throw new Error(`unknown bulk change ${JSON.stringify(unreachable)}`);
    }
  }
}
