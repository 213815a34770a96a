import { randomUUID } from "node:crypto";
import { EVENT_ID_HEADER, NORMALIZED_CONTENT_TYPE, SIGNATURE_HEADER, signBody } from "@emma/connectors";
import type { InboundMessageInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import { z } from "zod";
import { openSecrets, type SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import { FORUM_SITE } from "../demo/person.ts";
import type { Logger } from "../services.ts";

const QUESTIONS = [
  ["Sparplan pausieren?", "Kann man einen ETF-Sparplan für ein paar Monate aussetzen, ohne ihn zu kündigen?"],
  ["Push-TAN auf neuem Handy", "Ich habe ein neues Smartphone. Wie ziehe ich die Push-TAN-App um?"],
  ["Card abroad", "Does the debit card work in the US without extra fees? Anyone tried it recently?"],
] as const;

/**
 * Live community traffic for the demo: every so often a known forum member opens a topic, posted
 * through the demo forum's signed `emma-inbound` webhook (the Discourse connector comes with its own
 * issue). Off with the rest of the demo traffic.
 */
export async function startDemoForum(props: {
  db: Kysely<Database>;
  secretKey: SecretKey;
  url: string;
  log: Logger;
  everyMs: number;
}): Promise<() => void> {
  const connector = await props.db
    .selectFrom("connectors")
    .select(["id", "secrets"])
    .where("kind", "=", "emma-inbound")
    .where(sql<string>`config->>'channel'`, "=", "forum")
    .executeTakeFirst();
  if (!connector?.secrets) return () => undefined;
  const { signingSecret } = z
    .object({ signingSecret: z.string() })
    .parse(openSecrets(props.secretKey, connector.secrets));
  const stopping = new AbortController();
  const running = () => !stopping.signal.aborted;
  let round = 0;
  const tick = async () => {
    round += 1;
    const members = await props.db
      .selectFrom("identities")
      .select(["value", "display"])
      .where("kind", "=", "forum")
      .orderBy("created_at")
      .limit(40)
      .execute();
    const member = members[(round * 3) % Math.max(members.length, 1)];
    const question = QUESTIONS[round % QUESTIONS.length];
    if (!member || !question) return;
    const topic = `demo-forum-live-${randomUUID()}`;
    const post: InboundMessageInput = {
      channel: "forum",
      kind: "forum_post",
      externalId: `${topic}-1`,
      threadKey: topic,
      occurredAt: new Date(),
      direction: "inbound",
      publicThread: true,
      author: {
        ...(member.display ? { name: member.display } : {}),
        identities: [
          {
            kind: "forum",
            value: member.value,
            site: FORUM_SITE,
            ...(member.display ? { display: member.display } : {}),
          },
        ],
      },
      subject: question[0],
      text: question[1],
      metadata: { source: "community", site: FORUM_SITE, postNumber: 1 },
    };
    const body = JSON.stringify([post]);
    const response = await fetch(`${props.url}/webhooks/${connector.id}`, {
      method: "POST",
      headers: {
        "content-type": NORMALIZED_CONTENT_TYPE,
        [SIGNATURE_HEADER]: signBody(signingSecret, body),
        [EVENT_ID_HEADER]: topic,
      },
      body,
    });
    if (!response.ok) throw new Error(`the demo forum's webhook answered ${String(response.status)}`);
  };
  const loop = async () => {
    while (running()) {
      await new Promise((resolve) => setTimeout(resolve, props.everyMs).unref());
      if (!running()) return;
      await tick().catch((error: unknown) =>
        props.log.warn("demo traffic: a simulated forum post failed", { error: String(error) }),
      );
    }
  };
  void loop();
  return () => stopping.abort();
}
