import { checkAddress, maskedAddress, type IdentityCodeTarget } from "@emma/core";
import { emmaInboundConfigSchema } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

interface Mailbox {
  id: string;
  kind: string;
}

/**
 * Connections that can mail a customer: an e-mail account, or the bank's own mail integration when
 * it has somewhere to hand outbound mail to. The demo's integrations only pretend to deliver; a
 * code sent through one would reach nobody, so they are not offered.
 */
async function sendingMailboxes(db: Kysely<Database>): Promise<Mailbox[]> {
  const rows = await db
    .selectFrom("connectors")
    .select(["id", "kind", "config"])
    .where("enabled", "=", true)
    .where("kind", "in", ["email", "emma-inbound"])
    .orderBy("created_at")
    .execute();
  return rows.filter((row) => {
    if (row.kind === "email") return true;
    const config = emmaInboundConfigSchema.safeParse(row.config);
    return config.success && config.data.outboundUrl !== undefined && config.data.channel === "email";
  });
}

/**
 * The mailbox a code to this customer goes out from: the one they last wrote to (they know it, and
 * its replies thread back there), else the first e-mail account, else a mail integration.
 */
export async function mailboxFor(db: Kysely<Database>, customerId: string): Promise<string | null> {
  const mailboxes = await sendingMailboxes(db);
  if (mailboxes.length === 0) return null;
  const theirs = await db
    .selectFrom("conversations")
    .select("connector_id")
    .where("customer_id", "=", customerId)
    .where("channel", "=", "email")
    .where(
      "connector_id",
      "in",
      mailboxes.map((mailbox) => mailbox.id),
    )
    .orderBy("last_message_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (theirs?.connector_id) return theirs.connector_id;
  return (mailboxes.find((mailbox) => mailbox.kind === "email") ?? mailboxes[0])?.id ?? null;
}

/** An address on file of either customer, with whose it is. */
export interface AddressOnFile {
  identityId: string;
  customerId: string;
  address: string;
}

export async function addressesOnFile(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<AddressOnFile[]> {
  const rows = await db
    .selectFrom("identities")
    .select(["id", "customer_id", "value"])
    .where("customer_id", "in", [...customerIds])
    .where("kind", "=", "email")
    .orderBy("created_at")
    .execute();
  return rows.flatMap((row) => {
    const address = checkAddress(row.value);
    return address === null ? [] : [{ identityId: row.id, customerId: row.customer_id, address }];
  });
}

/** Where the console may offer to mail a code, and whether addresses exist that no mailbox can reach. */
export async function codeTargets(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<{ codeTargets: IdentityCodeTarget[]; noMailbox: boolean }> {
  const addresses = await addressesOnFile(db, customerIds);
  if (addresses.length === 0) return { codeTargets: [], noMailbox: false };
  if ((await sendingMailboxes(db)).length === 0) return { codeTargets: [], noMailbox: true };
  return {
    codeTargets: addresses.map((found) => ({
      identityId: found.identityId,
      customerId: found.customerId,
      address: maskedAddress(found.address),
    })),
    noMailbox: false,
  };
}
