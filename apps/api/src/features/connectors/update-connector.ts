import type { ConnectorUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import { sealSecrets, type SecretKey } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import {
  mergeSecrets,
  requireKind,
  storedSecrets,
  unreadableNote,
  validConfig,
  validSecrets,
} from "./connector-settings.ts";
import { getConnector } from "./get-connector.ts";

/**
 * Changes what is given. Config is replaced whole; secrets are a patch over the stored ones, so the
 * form can leave a password field empty to keep it. The merged secrets are checked and sealed anew.
 */
export async function updateConnector(
  db: Kysely<Database>,
  props: { caller: Caller; input: ConnectorUpdateInput; secretKey: SecretKey; ip: string | null; now: Date },
) {
  const { input, now } = props;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("connectors")
      .select(["id", "kind", "secrets"])
      .where("id", "=", input.connectorId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such connector" });
    const connector = requireKind(before.kind);
    const stored = storedSecrets(props.secretKey, before.secrets);
    const patch = input.secrets;
    const secretValues = [stored.values, patch];
    const config =
      input.config === undefined ? undefined : validConfig(connector, input.config, secretValues);
    const secrets =
      patch === undefined
        ? undefined
        : validSecrets(connector, mergeSecrets(stored.values, patch), unreadableNote(stored.readable));
    await trx
      .updateTable("connectors")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.defaultCountry !== undefined ? { default_country: input.defaultCountry } : {}),
        ...(config !== undefined ? { config: JSON.stringify(config) } : {}),
        ...(secrets !== undefined ? { secrets: sealSecrets(props.secretKey, secrets) } : {}),
        // New settings (a corrected password) are tried at the next round, not after the backoff.
        ...(config !== undefined || secrets !== undefined ? { poll_failures: 0, poll_retry_at: null } : {}),
        // New credentials are the admin's answer to "reconnect"; a send or poll will tell if not.
        ...(secrets !== undefined ? { reconnect_reason: null, reconnect_since: null } : {}),
        updated_at: now,
      })
      .where("id", "=", before.id)
      .execute();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "connector.updated",
      subjectType: "connector",
      subjectId: before.id,
      // Secret fields by name only.
      details: {
        changed: Object.keys(input).filter((key) => key !== "connectorId" && key !== "secrets"),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.defaultCountry !== undefined ? { defaultCountry: input.defaultCountry } : {}),
        ...(config !== undefined ? { config } : {}),
        ...(patch !== undefined
          ? {
              secretsChanged: Object.keys(patch).filter((field) => patch[field] !== null),
              secretsRemoved: Object.keys(patch).filter((field) => patch[field] === null),
            }
          : {}),
      },
      ip: props.ip,
      at: now,
    });
    return getConnector(trx, { connectorId: before.id, secretKey: props.secretKey, now });
  });
}
