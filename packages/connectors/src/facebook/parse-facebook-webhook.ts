import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { parseFeedChange } from "./parse-feed-change.ts";
import { parseMessagingEvent } from "./parse-messaging-event.ts";
import { epochDate, pageWebhookSchema } from "./webhook-payload.ts";

export interface FacebookParseContext {
  pageId: string;
  appId: string;
  /** When Emma received the delivery: the fallback time of an entry that names none. */
  receivedAt: Date;
}

/**
 * A Page webhook (`{"object":"page","entry":[…]}`), batched by Meta: every entry's `messaging[]`,
 * `standby[]` and `feed` changes, in order. Entries of other Pages are skipped: a Meta app has one
 * callback URL for all its Pages, and this connector speaks for one.
 */
export function parseFacebookWebhook(body: string, context: FacebookParseContext): InboundMessage[] {
  const webhook = pageWebhookSchema.parse(JSON.parse(body));
  if (webhook.object !== "page") throw new Error(`Not a Page webhook: object is "${webhook.object}"`);
  const messages: InboundMessage[] = [];
  for (const entry of webhook.entry) {
    if (entry.id !== context.pageId) continue;
    const entryTime = entry.time === undefined ? context.receivedAt : epochDate(entry.time);
    for (const [events, standby] of [
      [entry.messaging ?? [], false],
      [entry.standby ?? [], true],
    ] as const) {
      for (const event of events) {
        const message = parseMessagingEvent(event, {
          pageId: context.pageId,
          appId: context.appId,
          standby,
          entryTime,
        });
        if (message) messages.push(message);
      }
    }
    for (const change of entry.changes ?? []) {
      if (change.field !== "feed") continue;
      const message = parseFeedChange(change.value, { pageId: context.pageId, entryTime });
      if (message) messages.push(message);
    }
  }
  // The schema is the contract with ingest: what it refuses fails this event visibly, never silently.
  return messages.map((message) => inboundMessageSchema.parse(message));
}
