import { createHash, randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";

/** Recognisable in a leaked log or a secret scanner's rules. */
const KEY_PREFIX = "emk_";

function keyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

interface Acting {
  actorUserId: string;
  ip: string | null;
  now: Date;
}

/** A new key for one source system; the key itself is returned once and only its hash is kept. */
export async function createIntegrationKey(
  db: Kysely<Database>,
  props: Acting & { sourceSystem: string; name: string },
) {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("integration_keys")
      .values({
        source_system: props.sourceSystem,
        name: props.name,
        key_hash: keyHash(key),
        created_by: props.actorUserId,
        created_at: props.now,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorUserId: props.actorUserId,
      action: "integration_key.created",
      subjectType: "integration_key",
      subjectId: row.id,
      ip: props.ip,
      at: props.now,
      details: { sourceSystem: props.sourceSystem, name: props.name },
    });
    return { id: row.id, key };
  });
}

export async function revokeIntegrationKey(db: Kysely<Database>, props: Acting & { keyId: string }) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("integration_keys")
      .set({ revoked_at: props.now, revoked_by: props.actorUserId })
      .where("id", "=", props.keyId)
      .where("revoked_at", "is", null)
      .returning(["source_system", "name"])
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No active integration key with this id" });
    await writeAudit(trx, {
      actorUserId: props.actorUserId,
      action: "integration_key.revoked",
      subjectType: "integration_key",
      subjectId: props.keyId,
      ip: props.ip,
      at: props.now,
      details: { sourceSystem: row.source_system, name: row.name },
    });
  });
}

/** Every key, newest first, with who made and who revoked it; never the key or its hash. */
export async function listIntegrationKeys(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("integration_keys as k")
    .leftJoin("users as creator", "creator.id", "k.created_by")
    .leftJoin("users as revoker", "revoker.id", "k.revoked_by")
    .select([
      "k.id",
      "k.source_system",
      "k.name",
      "k.created_at",
      "k.last_used_at",
      "k.revoked_at",
      "creator.display_name as created_by_name",
      "revoker.display_name as revoked_by_name",
    ])
    .orderBy("k.created_at", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    sourceSystem: row.source_system,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokedByName: row.revoked_by_name,
  }));
}

/** The active key this secret is, with its source system; null for an unknown or revoked key. */
export async function authenticateIntegrationKey(db: Kysely<Database>, key: string, now: Date) {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const row = await db
    .updateTable("integration_keys")
    .set({ last_used_at: now })
    .where("key_hash", "=", keyHash(key))
    .where("revoked_at", "is", null)
    .returning(["id", "source_system"])
    .executeTakeFirst();
  return row ? { keyId: row.id, sourceSystem: row.source_system } : null;
}
