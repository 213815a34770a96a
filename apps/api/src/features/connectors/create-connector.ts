import type { ConnectorCreateInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import { sealSecrets, type SecretKey } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { requireKind, validConfig, validSecrets } from "./connector-settings.ts";
import { getConnector } from "./get-connector.ts";

/** A new connector of a registered kind, its settings checked by that kind and its secrets sealed. */
export async function createConnector(
  db: Kysely<Database>,
  props: { caller: Caller; input: ConnectorCreateInput; secretKey: SecretKey; ip: string | null; now: Date },
) {
  const { input, now } = props;
  const connector = requireKind(input.kind);
  const config = validConfig(connector, input.config, input.secrets);
  const secrets = validSecrets(connector, input.secrets);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("connectors")
      .values({
        kind: connector.kind,
        name: input.name,
        enabled: input.enabled,
        default_country: input.defaultCountry,
        config: JSON.stringify(config),
        secrets: sealSecrets(props.secretKey, secrets),
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "connector.created",
      subjectType: "connector",
      subjectId: row.id,
      // Which secret fields were set, never their values.
      details: {
        kind: connector.kind,
        name: input.name,
        enabled: input.enabled,
        defaultCountry: input.defaultCountry,
        config,
        secretFields: Object.keys(secrets),
      },
      ip: props.ip,
      at: now,
    });
    return getConnector(trx, { connectorId: row.id, secretKey: props.secretKey, now });
  });
}
