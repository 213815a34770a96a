import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { openSecrets, sealSecrets, type SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";

/**
 * A real connector of the demo's simulated providers, kept by name: its config follows the
 * simulator's address on each start (as an admin would after a move); its secrets are made once,
 * or replaced when `secrets` says the simulator issued new ones.
 */
export async function ensureDemoConnector<Secrets extends Record<string, unknown>>(
  db: Kysely<Database>,
  secretKey: SecretKey,
  props: {
    name: string;
    kind: string;
    config: Record<string, unknown>;
    secretsSchema: z.ZodType<Secrets>;
    /** The secrets to keep: given the stored ones (undefined the first time). */
    secrets: (stored: Secrets | undefined) => Secrets;
  },
): Promise<{ id: string; secrets: Secrets }> {
  const config = JSON.stringify({ ...props.config, demo: true });
  const existing = await db
    .selectFrom("connectors")
    .select(["id", "secrets"])
    .where("name", "=", props.name)
    .executeTakeFirst();
  const stored = existing?.secrets
    ? props.secretsSchema.safeParse(openSecrets(secretKey, existing.secrets))
    : undefined;
  const secrets = props.secrets(stored?.success ? stored.data : undefined);
  const sealed = sealSecrets(secretKey, secrets);
  if (existing) {
    await db
      .updateTable("connectors")
      .set({ config, secrets: sealed, enabled: true, reconnect_reason: null, reconnect_since: null })
      .where("id", "=", existing.id)
      .execute();
    return { id: existing.id, secrets };
  }
  const created = await db
    .insertInto("connectors")
    .values({ kind: props.kind, name: props.name, config, secrets: sealed })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: created.id, secrets };
}

export function demoSecret(): string {
  return randomBytes(24).toString("base64url");
}
