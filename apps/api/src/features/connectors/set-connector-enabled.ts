import type { ConnectorSetEnabledInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { SecretKey } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { getConnector } from "./get-connector.ts";

/** Switches a connector on or off; asking for the state it is in already changes (and records) nothing. */
export async function setConnectorEnabled(
  db: Kysely<Database>,
  props: {
    caller: Caller;
    input: ConnectorSetEnabledInput;
    secretKey: SecretKey;
    ip: string | null;
    now: Date;
  },
) {
  const { input, now } = props;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("connectors")
      .select(["id", "enabled"])
      .where("id", "=", input.connectorId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such connector" });
    if (before.enabled !== input.enabled) {
      await trx
        .updateTable("connectors")
        .set({ enabled: input.enabled, updated_at: now })
        .where("id", "=", before.id)
        .execute();
      await writeAudit(trx, {
        actorUserId: props.caller.userId,
        action: input.enabled ? "connector.enabled" : "connector.disabled",
        subjectType: "connector",
        subjectId: before.id,
        ip: props.ip,
        at: now,
      });
    }
    return getConnector(trx, { connectorId: before.id, secretKey: props.secretKey, now });
  });
}
