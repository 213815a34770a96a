import type { InboundMessage } from "@emma/core";
import { z } from "zod";
import type { StoredEvent } from "../connector.ts";
import { parsePolledDm, parseXaaDm } from "./parse-x-dm.ts";
import { parseXPost } from "./parse-x-post.ts";
import type { XConfig } from "./x-config.ts";
import {
  mediaTypeOf,
  X_POLLED_DM_CONTENT_TYPE,
  X_POLLED_POST_CONTENT_TYPE,
  XAA_CONTENT_TYPE,
} from "./x-content-types.ts";
import { xIdTime } from "./x-ids.ts";
import { xDmEventSchema, xIncludesSchema, xPostSchema } from "./x-objects.ts";
import { postThreadKey } from "./x-thread-key.ts";
import { readXaaDelivery, type XaaDeleteEvent } from "./xaa-event.ts";

const polledPostSchema = z.object({ data: xPostSchema, includes: xIncludesSchema.optional() });
const polledDmSchema = z.object({ data: xDmEventSchema, includes: xIncludesSchema.optional() });

/** A stored X event (a webhook delivery, or an item a poll fetched) as timeline messages. Pure. */
export function parseXEvent(event: StoredEvent, config: Pick<XConfig, "accountUserId">): InboundMessage[] {
  const body = event.body.toString("utf8");
  const type = mediaTypeOf(event.contentType);
  switch (type) {
    case X_POLLED_POST_CONTENT_TYPE: {
      const { data, includes } = polledPostSchema.parse(JSON.parse(body));
      return parseXPost(data, includes, config, "mentions");
    }
    case X_POLLED_DM_CONTENT_TYPE: {
      const { data, includes } = polledDmSchema.parse(JSON.parse(body));
      return parsePolledDm(data, includes, config);
    }
    case XAA_CONTENT_TYPE:
      return parseXaa(body, event.headers, config);
    default:
      throw new Error(`The X connector cannot read ${event.contentType}`);
  }
}

function parseXaa(
  body: string,
  headers: Readonly<Record<string, string>>,
  config: Pick<XConfig, "accountUserId">,
): InboundMessage[] {
  const delivery = readXaaDelivery(body);
  switch (delivery.kind) {
    case "post":
      return parseXPost(delivery.event.payload, delivery.event.includes, config, delivery.event.event_type);
    case "dm":
      return parseXaaDm(delivery.event, config);
    case "delete":
      return [deletion(delivery.event, headers, config)];
    case "other":
      return [];
    default: {
      const unknown: never = delivery;
      throw new Error(`Unknown X delivery ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * X's developer terms require a deleted post's content to go from Emma too: a removal that purges.
 * post.delete carries no time: the delivery's Date header when X sent one, else the post's own
 * creation time (the earliest it can have gone), so a replay gives the same answer.
 */
function deletion(
  event: XaaDeleteEvent,
  headers: Readonly<Record<string, string>>,
  config: Pick<XConfig, "accountUserId">,
): InboundMessage {
  const { id, author_id: authorId } = event.payload;
  const sent = headers.date ? new Date(headers.date) : undefined;
  const deletedAt = sent && !Number.isNaN(sent.getTime()) ? sent : xIdTime(id);
  const ours = authorId === config.accountUserId;
  return {
    channel: "twitter",
    kind: "message",
    externalId: id,
    // The payload names no conversation; ingest finds the item by its id.
    threadKey: postThreadKey(id),
    occurredAt: deletedAt,
    direction: ours ? "outbound" : "inbound",
    author: { identities: authorId && !ours ? [{ kind: "twitter", value: authorId }] : [] },
    text: "",
    attachments: [],
    change: { type: "delete", deletedAt, by: ours ? "moderator" : "author", purge: true },
    metadata: { source: event.event_type, xPostId: id },
  };
}
