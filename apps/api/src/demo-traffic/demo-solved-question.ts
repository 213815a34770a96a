import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import type { InboundMessageInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ingest } from "../ingest/ingest.ts";
import type { Logger } from "../services.ts";
import type { TombstoneKey } from "../features/erasure/tombstone-key.ts";
import { DEMO_SOLVED_QUESTION_MAIL } from "./demo-forum-topics.ts";

const MESSAGE_ID = "<demo-solved-question-pushtan@kunden.emma-bank.de>";

/**
 * A customer e-mails the question the forum's first topic already solved (once: a restart meets
 * the stored mail), so the agent opening it sees the community's answer beside it.
 */
export async function askSolvedQuestionByMail(
  db: Kysely<Database>,
  log: Logger,
  tombstoneKey: TombstoneKey,
): Promise<void> {
  const mailbox = await db
    .selectFrom("connectors")
    .select("id")
    .where("kind", "=", "emma-inbound")
    .where(sql<string>`config->>'channel'`, "=", "email")
    .executeTakeFirst();
  // A customer with an e-mail address and no forum account: they would not have seen the topic.
  const customer = await db
    .selectFrom("identities as i")
    .innerJoin("customers as c", "c.id", "i.customer_id")
    .select(["i.value", "c.display_name"])
    .where("i.kind", "=", "email")
    .where("c.merged_into", "is", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("identities as f")
            .select("f.id")
            .whereRef("f.customer_id", "=", "c.id")
            .where("f.kind", "=", "forum"),
        ),
      ),
    )
    .orderBy("i.created_at")
    .offset(12)
    .limit(1)
    .executeTakeFirst();
  if (!mailbox || !customer) return;
  const mail: InboundMessageInput = {
    channel: "email",
    kind: "message",
    externalId: MESSAGE_ID,
    threadKey: MESSAGE_ID,
    occurredAt: new Date(Date.now() - 20 * 60 * 1000),
    direction: "inbound",
    author: {
      name: customer.display_name,
      identities: [{ kind: "email", value: customer.value, display: customer.display_name }],
    },
    subject: DEMO_SOLVED_QUESTION_MAIL.subject,
    text: `${DEMO_SOLVED_QUESTION_MAIL.text}\n${customer.display_name}`,
    metadata: {},
  };
  await ingest(
    db,
    log,
    {
      connectorId: mailbox.id,
      dedupeKey: MESSAGE_ID,
      contentType: NORMALIZED_CONTENT_TYPE,
      headers: {},
      body: JSON.stringify([mail]),
      receivedAt: new Date(),
    },
    tombstoneKey,
  );
}
