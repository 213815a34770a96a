import type { ImapFlow } from "imapflow";
import type { PolledBatch, PollContext, RawDelivery } from "../connector.ts";
import { dedupeKeyOf } from "./dedupe-key.ts";
import { EMAIL_CONTENT_TYPE } from "./email-content-type.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { createImapClient } from "./imap-client.ts";
import { imapFailure } from "./imap-errors.ts";
import { resumeAfter, type PollCursor } from "./poll-cursor.ts";
import { withImapSession } from "./imap-session.ts";
import { oversizeStub, partsOf } from "./oversize-mail.ts";

/**
 * Fetches the mails that arrived after the cursor, oldest first. A mail above maxMessageBytes is
 * delivered as its headers and text with a note naming the files left on the server (it stays in
 * the mailbox whole). Read-only: nothing is flagged or moved on the server.
 */
export async function pollMailbox(context: PollContext<EmailConfig, EmailSecrets>): Promise<PolledBatch> {
  const { config, secrets, cursor, limit, signal } = context;
  try {
    return await withImapSession(createImapClient(config, secrets), signal, async (client) => {
      const lock = await client.getMailboxLock(config.imap.mailbox, { readOnly: true });
      try {
        const mailbox = client.mailbox;
        if (mailbox === false) throw new Error("No mailbox is selected");
        const uidValidity = mailbox.uidValidity.toString();
        const after = resumeAfter(cursor, uidValidity);
        // "n:*" always matches the last message even when its UID is below n (RFC 3501 §6.4.8): filter.
        const found =
          mailbox.exists === 0 ? [] : await client.search({ uid: `${after + 1}:*` }, { uid: true });
        const uids = (found || []).filter((uid) => uid > after).sort((a, b) => a - b);
        const batch = uids.slice(0, Math.max(1, limit));
        const fetched: { uid: number; delivery: RawDelivery }[] = [];
        // Sizes first: a mail over the limit is stored without its attachments (see oversizeStub).
        const sizes = new Map<number, number>();
        if (batch.length > 0)
          for await (const message of client.fetch(batch.join(","), { uid: true, size: true }, { uid: true }))
            sizes.set(message.uid, message.size ?? 0);
        for (const uid of batch) {
          signal.throwIfAborted();
          const size = sizes.get(uid);
          // Not there any more: expunged between SEARCH and FETCH, so there is nothing left to lose.
          if (size === undefined) continue;
          const source =
            size > config.maxMessageBytes
              ? await fetchOversize(client, uid, size, config)
              : await fetchWhole(client, uid);
          if (!source) continue;
          fetched.push({
            uid,
            delivery: { dedupeKey: dedupeKeyOf(source), contentType: EMAIL_CONTENT_TYPE, body: source },
          });
        }
        const deliveries = fetched.sort((a, b) => a.uid - b.uid).map((item) => item.delivery);
        const next: PollCursor = { uidValidity, lastUid: batch.at(-1) ?? after };
        return { deliveries, cursor: next, more: uids.length > batch.length };
      } finally {
        lock.release();
      }
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw imapFailure(error, config, secrets);
  }
}

async function fetchOversize(
  client: ImapFlow,
  uid: number,
  size: number,
  config: EmailConfig,
): Promise<Buffer | undefined> {
  const head = await client.fetchOne(
    String(uid),
    { uid: true, headers: true, bodyStructure: true },
    { uid: true },
  );
  if (!head || !head.headers) return undefined;
  const { textPart, files } = partsOf(head.bodyStructure);
  let text: string | undefined;
  if (textPart !== undefined) {
    const part = await client.download(String(uid), textPart, { uid: true, maxBytes: 1024 * 1024 });
    const chunks: Buffer[] = [];
    for await (const chunk of part.content as AsyncIterable<Buffer>) chunks.push(chunk);
    text = Buffer.concat(chunks).toString("utf8");
  }
  return oversizeStub({
    headers: head.headers,
    text,
    size,
    limit: config.maxMessageBytes,
    mailbox: config.imap.mailbox,
    uid,
    files,
  });
}

async function fetchWhole(client: ImapFlow, uid: number): Promise<Buffer | undefined> {
  const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
  return message ? message.source : undefined;
}
