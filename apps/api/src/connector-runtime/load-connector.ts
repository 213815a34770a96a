import { connectorOf, type AnyConnector, type ProviderContext } from "@emma/connectors";
import type { Kysely } from "kysely";
import { z } from "zod";
import { openSecrets, sealSecrets, type SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import { lockKeys } from "../db/advisory-locks.ts";

export interface LoadedConnector {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
  connector: AnyConnector;
  context: ProviderContext<unknown, unknown>;
}

export class ConnectorUnusableError extends Error {
  override readonly name = "ConnectorUnusableError";
  constructor(
    /** missing: no such row; unknown-kind: this Emma has no such connector; misconfigured: an admin must fix it. */
    readonly reason: "missing" | "unknown-kind" | "misconfigured",
    message: string,
  ) {
    super(message);
  }
}

/**
 * A connector row with its settings checked by its kind's schemas and its secrets opened, for the
 * workers that talk to providers. The message names what is wrong, never a secret (invariant 7).
 */
export async function loadConnector(
  db: Kysely<Database>,
  secretKey: SecretKey,
  id: string,
): Promise<LoadedConnector> {
  const row = await db
    .selectFrom("connectors")
    .select(["id", "name", "kind", "enabled", "config", "secrets"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new ConnectorUnusableError("missing", `Connector ${id} no longer exists`);
  const connector = connectorOf(row.kind);
  if (!connector)
    throw new ConnectorUnusableError("unknown-kind", `Emma has no connector of kind "${row.kind}"`);
  const config = connector.configSchema.safeParse(row.config);
  if (!config.success)
    throw new ConnectorUnusableError(
      "misconfigured",
      `The settings of "${row.name}" are incomplete; an admin must fix them`,
    );
  let opened: unknown = {};
  try {
    opened = row.secrets ? openSecrets(secretKey, row.secrets) : {};
  } catch {
    throw new ConnectorUnusableError(
      "misconfigured",
      `The stored secrets of "${row.name}" cannot be opened with this key`,
    );
  }
  const secrets = connector.secretsSchema.safeParse(opened);
  if (!secrets.success)
    throw new ConnectorUnusableError(
      "misconfigured",
      `The secrets of "${row.name}" are incomplete; an admin must set them`,
    );
  const context = storedProviderContext(db, secretKey, row.id, connector, {
    config: config.data,
    secrets: secrets.data,
  });
  return { id: row.id, name: row.name, kind: row.kind, enabled: row.enabled, connector, context };
}

/**
 * The provider context of a stored connector: what the connector rotates is sealed and committed
 * at once, one API instance at a time (workers and "test connection" alike).
 */
export function storedProviderContext(
  db: Kysely<Database>,
  secretKey: SecretKey,
  id: string,
  connector: AnyConnector,
  settings: { config: unknown; secrets: unknown },
): ProviderContext<unknown, unknown> {
  const context: ProviderContext<unknown, unknown> = {
    ...settings,
    saveSecrets: async (rotated) => {
      context.secrets = await saveRotatedSecrets(db, secretKey, id, connector, rotated);
    },
    rotateSecrets: async (rotate) => {
      context.secrets = await rotateUnderLock(db, secretKey, id, connector, context.secrets, rotate);
      return context.secrets;
    },
  };
  return context;
}

/**
 * Unsaved settings tried from the admin's form: rotating them would spend the credentials the form
 * still holds (X retires a refresh token once it is used), so the test refuses instead.
 */
export function candidateProviderContext(settings: {
  config: unknown;
  secrets: unknown;
}): ProviderContext<unknown, unknown> {
  const refuse = () =>
    Promise.reject(
      new Error(
        "Testing these unsaved credentials would need a token refresh, which spends the refresh token in the form: save them first, then test",
      ),
    );
  return { ...settings, saveSecrets: refuse, rotateSecrets: refuse };
}

/**
 * One rotation at a time per connector across API instances (an advisory lock held while the
 * provider is asked): the second finds the secrets the first stored and uses those, instead of
 * spending a refresh token the provider already retired.
 */
async function rotateUnderLock(
  db: Kysely<Database>,
  secretKey: SecretKey,
  id: string,
  connector: AnyConnector,
  held: unknown,
  rotate: (stored: unknown) => Promise<unknown>,
): Promise<unknown> {
  return db.transaction().execute(async (trx) => {
    await lockKeys(trx, [`rotate:${id}`], "wait");
    const row = await trx
      .selectFrom("connectors")
      .select("secrets")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const stored = connector.secretsSchema.parse(row.secrets ? openSecrets(secretKey, row.secrets) : {});
    if (JSON.stringify(stored) !== JSON.stringify(held)) return stored;
    const rotated = connector.secretsSchema.parse(await rotate(stored));
    await trx
      .updateTable("connectors")
      .set({
        secrets: sealSecrets(secretKey, z.record(z.string(), z.unknown()).parse(rotated)),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    return rotated;
  });
}

/**
 * Seals and commits credentials a connector rotated (outside any caller's transaction, so a later
 * rollback cannot undo it): the provider has already retired the old ones.
 */
async function saveRotatedSecrets(
  db: Kysely<Database>,
  secretKey: SecretKey,
  id: string,
  connector: AnyConnector,
  rotated: unknown,
): Promise<unknown> {
  const parsed = connector.secretsSchema.parse(rotated);
  const fields = z.record(z.string(), z.unknown()).parse(parsed);
  await db
    .updateTable("connectors")
    .set({ secrets: sealSecrets(secretKey, fields), updated_at: new Date() })
    .where("id", "=", id)
    .execute();
  return parsed;
}
