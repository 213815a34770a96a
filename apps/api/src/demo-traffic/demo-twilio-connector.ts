import { randomBytes } from "node:crypto";
import { SIMULATED_ACCOUNT_SID } from "@emma/connectors";
import type { Kysely } from "kysely";
import { openSecrets, sealSecrets, type SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";

const NAME = "Demo Twilio-Hotline (simuliert)";
/** The hotline number the simulated callers dial. */
export const DEMO_HOTLINE = "+4930901820";

/**
 * A real twilio-voice connector for the demo's simulated calls: signed exactly as Twilio signs, for
 * the URL this instance listens on (kept up to date on each start, as an admin would after a move).
 */
export async function ensureDemoTwilioConnector(
  db: Kysely<Database>,
  secretKey: SecretKey,
  publicBaseUrl: string,
): Promise<{ id: string; authToken: string }> {
  const config = JSON.stringify({
    publicBaseUrl,
    accountSid: SIMULATED_ACCOUNT_SID,
    serviceNumbers: [DEMO_HOTLINE],
    demo: true,
  });
  const existing = await db
    .selectFrom("connectors")
    .select(["id", "secrets"])
    .where("name", "=", NAME)
    .executeTakeFirst();
  if (existing?.secrets) {
    await db.updateTable("connectors").set({ config }).where("id", "=", existing.id).execute();
    const opened = openSecrets(secretKey, existing.secrets) as { authToken: string };
    return { id: existing.id, authToken: opened.authToken };
  }
  const authToken = randomBytes(24).toString("hex");
  const created = await db
    .insertInto("connectors")
    .values({ kind: "twilio-voice", name: NAME, config, secrets: sealSecrets(secretKey, { authToken }) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: created.id, authToken };
}
