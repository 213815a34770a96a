import { randomBytes, type KeyObject } from "node:crypto";
import type { CustomerChannel } from "@emma/core";
import type { Kysely } from "kysely";
import { sealSecrets } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import { emmaInboundConnector } from "@emma/connectors";

const NAMES: Record<CustomerChannel, string> = {
  email: "Demo E-Mail (service@emma-bank.de)",
  phone: "Demo Telefon (Hotline)",
  facebook: "Demo Facebook-Seite",
  twitter: "Demo X (@emma_bank)",
  forum: "Demo Community-Forum",
};

/**
 * One connector per channel for the demo data, of the kind that takes Emma's normalized messages
 * over a signed webhook. Existing ones (by name) are reused, so seeding twice changes nothing.
 */
export async function ensureDemoConnectors(
  db: Kysely<Database>,
  secretKey: KeyObject,
): Promise<Record<CustomerChannel, string>> {
  const ids = {} as Record<CustomerChannel, string>;
  for (const [channel, name] of Object.entries(NAMES) as [CustomerChannel, string][]) {
    const existing = await db
      .selectFrom("connectors")
      .select("id")
      .where("name", "=", name)
      .executeTakeFirst();
    if (existing) {
      ids[channel] = existing.id;
      continue;
    }
    const created = await db
      .insertInto("connectors")
      .values({
        kind: emmaInboundConnector.kind,
        name,
        config: JSON.stringify({ channel, demo: true }),
        secrets: sealSecrets(secretKey, { signingSecret: randomBytes(24).toString("base64url") }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids[channel] = created.id;
  }
  return ids;
}
