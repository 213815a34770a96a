import { checkAddress, type Mailbox } from "@emma/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { ConversationRow, Database } from "../../db/schema.ts";

// What the email connector keeps of a received mail's address headers (parse-email.ts).
const mailHeadersSchema = z.object({ cc: z.array(z.string()).default([]) });
const mailboxConfigSchema = z.object({ address: z.string() });

/**
 * Who an e-mail reply goes to unless the agent changes it: To the customer's address the thread is
 * with, Cc everyone the customer's last mail was copied to, minus our own mailbox and the customer.
 * Null for other channels.
 */
export async function replyRecipients(
  db: Kysely<Database>,
  conversation: Pick<ConversationRow, "id" | "channel" | "customer_id" | "identity_id" | "connector_id">,
  customerName: string | null,
  connectorConfig: unknown,
): Promise<{ to: Mailbox[]; cc: Mailbox[] } | null> {
  if (conversation.channel !== "email") return null;
  const [identities, lastInbound] = await Promise.all([
    conversation.customer_id === null
      ? []
      : db
          .selectFrom("identities")
          .select(["id", "value"])
          .where("customer_id", "=", conversation.customer_id)
          .where("kind", "=", "email")
          .orderBy("created_at")
          .execute(),
    db
      .selectFrom("timeline_events")
      .select("metadata")
      .where("conversation_id", "=", conversation.id)
      .where("direction", "=", "inbound")
      .where("kind", "=", "message")
      .orderBy("occurred_at", "desc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  const contact = identities.find((identity) => identity.id === conversation.identity_id) ?? identities[0];
  const toAddress = contact === undefined ? null : checkAddress(contact.value);
  const to: Mailbox[] =
    toAddress === null
      ? []
      : [customerName ? { address: toAddress, name: customerName } : { address: toAddress }];
  const ours = mailboxConfigSchema.safeParse(connectorConfig);
  const skip = new Set(
    [toAddress, ours.success ? ours.data.address : null].flatMap((a) =>
      a === null ? [] : [a.toLowerCase()],
    ),
  );
  const headers = mailHeadersSchema.safeParse(lastInbound?.metadata ?? {});
  const cc: Mailbox[] = [];
  for (const written of headers.success ? headers.data.cc : []) {
    const address = checkAddress(written);
    if (address === null || skip.has(address.toLowerCase())) continue;
    skip.add(address.toLowerCase());
    cc.push({ address });
  }
  return { to, cc };
}
