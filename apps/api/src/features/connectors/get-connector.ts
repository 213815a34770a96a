import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { SecretKey } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import { secretFieldsOf } from "./connector-kinds.ts";
import { presentConnector } from "./connector-presenter.ts";
import { storedSecrets } from "./connector-settings.ts";
import { connectorHealthQuery } from "./list-connectors.ts";

/**
 * One connector for its settings form: health, config, and for each secret field only whether it
 * is set. The secrets are opened to tell, and dropped right here.
 */
export async function getConnector(
  db: Kysely<Database> | Transaction<Database>,
  props: { connectorId: string; secretKey: SecretKey; now: Date },
) {
  const row = await connectorHealthQuery(db)
    .select(["c.config", "c.secrets"])
    .where("c.id", "=", props.connectorId)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such connector" });
  const stored = storedSecrets(props.secretKey, row.secrets);
  const fields = new Set([...secretFieldsOf(row.kind), ...Object.keys(stored.values)]);
  return {
    ...presentConnector(row, props.now),
    config: row.config,
    /** Secret field → whether a value is stored. Write-only fields: the values never leave the API. */
    secretsSet: Object.fromEntries([...fields].map((field) => [field, field in stored.values])),
    /** false when the stored secrets cannot be opened (another secret key): enter them again. */
    secretsReadable: stored.readable,
  };
}
export type ConnectorDetailView = Awaited<ReturnType<typeof getConnector>>;
