import type { OutboundMessage } from "@emma/connectors";
import { messageIdOfExternalId, outboxPayloadSchema, replyTokenFor, type ReplyAttachment } from "@emma/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import type { ClaimedSend } from "./claim-sends.ts";

/** A reply that no attempt can deliver, whatever the provider does: it fails at once. */
export class UnsendableReplyError extends Error {
  override readonly name = "UnsendableReplyError";
}

/** How far back the References chain of a reply goes; mail servers cap header sizes. */
const THREAD_IDS = 30;

/**
 * Everything a connector needs to deliver a reply: who the thread is with (its contact identity,
 * else the customer's identities of that channel), the thread's earlier provider ids and what this
 * answers, and the agent who wrote it. Read at send time, so a merge or a new identity between reply and send is respected.
 */
export async function outboundMessage(db: Kysely<Database>, send: ClaimedSend): Promise<OutboundMessage> {
  const conversation = await db
    .selectFrom("conversations as c")
    .innerJoin("customers as cu", "cu.id", "c.customer_id")
    .select([
      "c.id",
      "c.channel",
      "c.external_thread_key",
      "c.identity_id",
      "c.customer_id",
      "c.subject",
      "c.last_inbound_at",
      "cu.display_name",
      "cu.locale",
    ])
    .where("c.id", "=", send.conversationId)
    .executeTakeFirstOrThrow();
  const identities = await db
    .selectFrom("identities")
    .select(["id", "kind", "value", "display"])
    .where("customer_id", "=", conversation.customer_id)
    .execute();
  const contact = identities.filter((i) => i.id === conversation.identity_id);
  const thread = await db
    .selectFrom("timeline_events")
    .select(["external_id", "direction"])
    .where("conversation_id", "=", conversation.id)
    .where("external_id", "is not", null)
    .where("id", "!=", send.timelineEventId)
    .orderBy("occurred_at", "desc")
    .limit(THREAD_IDS)
    .execute();
  // A mail kept beside another with the same Message-ID carries a suffix; replies quote the Message-ID.
  const providerId = (id: string) => (conversation.channel === "email" ? messageIdOfExternalId(id) : id);
  const threadIds = thread
    .flatMap((item) => (item.external_id ? [providerId(item.external_id)] : []))
    .reverse();
  const lastInboundId = thread.find((item) => item.direction === "inbound")?.external_id ?? undefined;
  const lastInbound = lastInboundId === undefined ? undefined : providerId(lastInboundId);
  const answered = await db
    .selectFrom("timeline_events")
    .select(["author_name", "occurred_at", "body_text", "metadata"])
    .where("conversation_id", "=", conversation.id)
    .where("direction", "=", "inbound")
    .orderBy("occurred_at", "desc")
    .limit(1)
    .executeTakeFirst();
  // The agent who queued the reply, for channels that post in a person's name; none for the system's.
  const agent = await db
    .selectFrom("outbox as o")
    .innerJoin("users as u", "u.id", "o.created_by")
    .select(["u.id", "u.email", "u.display_name"])
    .where("o.id", "=", send.id)
    .executeTakeFirst();
  const parsed = outboxPayloadSchema.safeParse(send.payload);
  if (!parsed.success)
    throw new UnsendableReplyError(
      `This reply's stored form cannot be read: ${z.prettifyError(parsed.error)}`,
    );
  const payload = parsed.data;
  const text = payload.text;
  const attachments = await attachedFiles(db, payload.attachments);
  const subject = payload.subject ?? conversation.subject;
  return {
    outboxId: send.id,
    conversationId: conversation.id,
    channel: conversation.channel === "internal" ? "email" : conversation.channel,
    threadKey: conversation.external_thread_key,
    to: {
      name: conversation.display_name,
      identities: [...contact, ...identities.filter((i) => i.id !== conversation.identity_id)].map((i) => ({
        kind: i.kind,
        value: i.value,
        ...(i.display ? { display: i.display } : {}),
      })),
    },
    ...(subject ? { subject } : {}),
    text,
    ...(payload.html === undefined ? {} : { html: payload.html }),
    ...(payload.recipients === undefined ? {} : { recipients: payload.recipients }),
    ...(attachments.length > 0 ? { attachments } : {}),
    threadExternalIds: threadIds,
    ...(lastInbound ? { inReplyTo: lastInbound } : {}),
    replyToken: replyTokenFor(conversation.id),
    ...(answered
      ? {
          quoted: {
            authorName: answered.author_name ?? conversation.display_name,
            occurredAt: answered.occurred_at,
            text: answered.body_text,
          },
        }
      : {}),
    locale: conversation.locale === "en" ? "en" : "de",
    visibility: payload.visibility,
    ...(agent ? { agent: { id: agent.id, email: agent.email, name: agent.display_name } } : {}),
    ...(conversation.last_inbound_at ? { lastInboundAt: conversation.last_inbound_at } : {}),
    ...(answered ? { inReplyToMetadata: answered.metadata } : {}),
  };
}

/** The uploaded files a reply carries, read at send time; one that is gone makes the reply unsendable. */
async function attachedFiles(db: Kysely<Database>, files: readonly ReplyAttachment[]) {
  if (files.length === 0) return [];
  const kept = await db
    .selectFrom("kept_files")
    .select(["sha256", "content"])
    .where(
      "sha256",
      "in",
      files.map((file) => file.sha256),
    )
    .execute();
  return files.map((file) => {
    const found = kept.find((row) => row.sha256 === file.sha256);
    if (!found)
      throw new UnsendableReplyError(`The file "${file.filename}" is no longer kept; attach it again`);
    return { filename: file.filename, contentType: file.contentType, content: Buffer.from(found.content) };
  });
}
