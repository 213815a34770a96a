import type { MacroUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { checkMacro, keyRace, macroColumns } from "./check-macro.ts";
import { macroActionsOf, presentMacro } from "./macro-presenter.ts";
import { macroQuery } from "./macro-query.ts";

/** Saves the macro whole, as the form shows it; the audit entry keeps what it did before. */
export async function updateMacro(
  db: Kysely<Database>,
  props: { caller: Caller; input: MacroUpdateInput; ip: string | null; now: Date },
) {
  const { caller, input, now } = props;
  return db
    .transaction()
    .execute(async (trx) => {
      const before = await trx
        .selectFrom("macros")
        .selectAll()
        .where("id", "=", input.id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such macro" });
      await checkMacro(trx, input);
      await trx
        .updateTable("macros")
        .set({ ...macroColumns(input), updated_at: now })
        .where("id", "=", before.id)
        .execute();
      await writeAudit(trx, {
        actorUserId: caller.userId,
        action: "macro.updated",
        subjectType: "macro",
        subjectId: before.id,
        details: {
          before: { title: before.title, key: before.key, ...macroActionsOf(before) },
          after: input,
        },
        ip: props.ip,
        at: now,
      });
      return presentMacro(await macroQuery(trx).where("m.id", "=", before.id).executeTakeFirstOrThrow());
    })
    .catch((error: unknown) => keyRace(error, input.key));
}
