import type { CannedResponseUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentCannedResponse } from "./canned-response-presenter.ts";
import { checkCannedResponse, shortcutRace } from "./check-canned-response.ts";
import { cannedResponseQuery } from "./list-canned-responses.ts";

/** Changes what is given; fields left out stay as they are. */
export async function updateCannedResponse(
  db: Kysely<Database>,
  props: { caller: Caller; input: CannedResponseUpdateInput; ip: string | null; now: Date },
) {
  const { caller, input, now } = props;
  return db
    .transaction()
    .execute(async (trx) => {
      const before = await trx
        .selectFrom("canned_responses")
        .selectAll()
        .where("id", "=", input.id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such canned response" });
      const after = {
        title: input.title ?? before.title,
        body: input.body ?? before.body,
        shortcut: input.shortcut === undefined ? before.shortcut : input.shortcut,
        locale: input.locale === undefined ? before.locale : input.locale,
        team_id: input.teamId === undefined ? before.team_id : input.teamId,
      };
      await checkCannedResponse(trx, {
        id: before.id,
        shortcut: after.shortcut,
        locale: after.locale,
        teamId: after.team_id,
      });
      const row = await trx
        .updateTable("canned_responses")
        .set({ ...after, updated_at: now })
        .where("id", "=", before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        actorUserId: caller.userId,
        action: "canned_response.updated",
        subjectType: "canned_response",
        subjectId: row.id,
        details: {
          changed: Object.keys(input).filter((key) => key !== "id"),
          shortcut: row.shortcut,
          teamId: row.team_id,
        },
        ip: props.ip,
        at: now,
      });
      return presentCannedResponse(
        await cannedResponseQuery(trx).where("r.id", "=", row.id).executeTakeFirstOrThrow(),
      );
    })
    .catch((error: unknown) => shortcutRace(error, input.shortcut ?? null));
}
