import type { CannedResponseCreateInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentCannedResponse } from "./canned-response-presenter.ts";
import { checkCannedResponse, shortcutRace } from "./check-canned-response.ts";
import { cannedResponseQuery } from "./list-canned-responses.ts";

export async function createCannedResponse(
  db: Kysely<Database>,
  props: { caller: Caller; input: CannedResponseCreateInput; ip: string | null; now: Date },
) {
  const { caller, input, now } = props;
  return db
    .transaction()
    .execute(async (trx) => {
      await checkCannedResponse(trx, input);
      const row = await trx
        .insertInto("canned_responses")
        .values({
          title: input.title,
          body: input.body,
          shortcut: input.shortcut,
          locale: input.locale,
          team_id: input.teamId,
          created_by: caller.userId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        actorUserId: caller.userId,
        action: "canned_response.created",
        subjectType: "canned_response",
        subjectId: row.id,
        details: { title: row.title, shortcut: row.shortcut, locale: row.locale, teamId: row.team_id },
        ip: props.ip,
        at: now,
      });
      return presentCannedResponse(
        await cannedResponseQuery(trx).where("r.id", "=", row.id).executeTakeFirstOrThrow(),
      );
    })
    .catch((error: unknown) => shortcutRace(error, input.shortcut));
}
