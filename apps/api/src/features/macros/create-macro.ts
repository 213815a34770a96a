import type { MacroCreateInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { checkMacro, keyRace, macroColumns } from "./check-macro.ts";
import { presentMacro } from "./macro-presenter.ts";
import { macroQuery } from "./macro-query.ts";

export async function createMacro(
  db: Kysely<Database>,
  props: { caller: Caller; input: MacroCreateInput; ip: string | null; now: Date },
) {
  const { caller, input, now } = props;
  return db
    .transaction()
    .execute(async (trx) => {
      await checkMacro(trx, input);
      const row = await trx
        .insertInto("macros")
        .values({ ...macroColumns(input), created_by: caller.userId, created_at: now, updated_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        actorUserId: caller.userId,
        action: "macro.created",
        subjectType: "macro",
        subjectId: row.id,
        details: { ...input },
        ip: props.ip,
        at: now,
      });
      return presentMacro(await macroQuery(trx).where("m.id", "=", row.id).executeTakeFirstOrThrow());
    })
    .catch((error: unknown) => keyRace(error, input.key));
}
