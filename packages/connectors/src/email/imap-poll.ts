import type { PolledBatch, PollContext, RawDelivery } from "../connector.ts";
import { dedupeKeyOf } from "./dedupe-key.ts";
import { EMAIL_CONTENT_TYPE } from "./email-content-type.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { createImapClient } from "./imap-client.ts";
import { imapFailure } from "./imap-errors.ts";
import { resumeAfter, type PollCursor } from "./poll-cursor.ts";
import { withImapSession } from "./imap-session.ts";

/**
 * Fetches the mails that arrived after the cursor, oldest first, whole: a mail above maxMessageBytes
 * is delivered too (the parser flags it), since skipping or cutting it would lose mail. Read-only:
 * nothing is flagged or moved on the server.
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
        if (batch.length > 0) {
          for await (const message of client.fetch(
            batch.join(","),
            { uid: true, source: true },
            { uid: true },
          )) {
            signal.throwIfAborted();
            // No source: expunged between SEARCH and FETCH, so there is nothing left to lose.
            if (!message.source) continue;
            const body = message.source;
            fetched.push({
              uid: message.uid,
              delivery: { dedupeKey: dedupeKeyOf(body), contentType: EMAIL_CONTENT_TYPE, body },
            });
          }
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
