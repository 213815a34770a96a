import { xPostLength, X_POST_LIMIT } from "@emma/core";
import { z } from "zod";
import {
  ReconnectNeededError,
  RetryLaterError,
  type OutboundMessage,
  type ProviderContext,
  type SendOutcome,
} from "../connector.ts";
import { XClient, type XResponse } from "./x-client.ts";
import type { XConfig, XSecrets } from "./x-config.ts";
import { xErrorText, xProblemOf } from "./x-errors.ts";
import { xIdSchema } from "./x-ids.ts";
import { retryAtOf } from "./x-rate-limit.ts";
import { readThreadKey } from "./x-thread-key.ts";

const dmCreatedSchema = z.object({
  data: z.object({ dm_conversation_id: z.string().min(1).max(100), dm_event_id: xIdSchema }),
});
const postCreatedSchema = z.object({ data: z.object({ id: xIdSchema, text: z.string().optional() }) });

// X says an app or token lacks what the call needs (not a refusal of this one message).
const CLIENT_PROBLEMS = ["client-forbidden", "unsupported-authentication"];

/**
 * A reply as X wants it: a DM thread, or a private answer to a mention, goes as a direct message to
 * the customer (POST /2/dm_conversations/with/:participant_id/messages); a public answer to a
 * mention as a reply post (POST /2/tweets with reply.in_reply_to_tweet_id), refused here when X's
 * weighted count is over 280. The externalId is X's id of the new item, the one its "sent" event
 * (dm.sent, post.create) carries back, so that event finds the item instead of duplicating it.
 */
export async function sendX(
  message: OutboundMessage,
  context: ProviderContext<XConfig, XSecrets>,
): Promise<SendOutcome> {
  const thread = readThreadKey(message.threadKey);
  if (!thread) {
    return { ok: false, permanent: true, error: `"${message.threadKey}" is not an X conversation` };
  }
  const publicReply = thread.kind === "post" && message.visibility === "public";
  try {
    return publicReply
      ? await replyInPublic(message, thread.conversationId, context)
      : await sendDirectMessage(message, context);
  } catch (error) {
    return failureOf(error);
  }
}

async function sendDirectMessage(
  message: OutboundMessage,
  context: ProviderContext<XConfig, XSecrets>,
): Promise<SendOutcome> {
  const customer = message.to.identities.find((identity) => identity.kind === "twitter")?.value;
  if (customer === undefined || !xIdSchema.safeParse(customer).success) {
    return {
      ok: false,
      permanent: true,
      error: "The customer has no X user id to send a direct message to",
    };
  }
  const response = await new XClient(context).call({
    method: "POST",
    path: `/2/dm_conversations/with/${customer}/messages`,
    json: { text: message.text },
  });
  if (!response.ok) return refusal(response);
  const created = dmCreatedSchema.safeParse(response.body);
  if (!created.success) return unreadable(response);
  return {
    ok: true,
    externalId: created.data.data.dm_event_id,
    metadata: { visibility: "private", dmConversationId: created.data.data.dm_conversation_id },
  };
}

async function replyInPublic(
  message: OutboundMessage,
  conversationId: string,
  context: ProviderContext<XConfig, XSecrets>,
): Promise<SendOutcome> {
  const length = xPostLength(message.text);
  if (length.tooLong) {
    return {
      ok: false,
      permanent: true,
      error: `The reply is ${String(length.weightedLength)} characters by X's count (emoji and some scripts count twice, links 23); a public post allows ${String(X_POST_LIMIT)}. Shorten it or answer by direct message.`,
    };
  }
  const replyTo = message.inReplyTo ?? conversationId;
  if (!xIdSchema.safeParse(replyTo).success) {
    return { ok: false, permanent: true, error: `"${replyTo}" is not an X post to reply to` };
  }
  const response = await new XClient(context).call({
    method: "POST",
    path: "/2/tweets",
    json: { text: message.text, reply: { in_reply_to_tweet_id: replyTo } },
  });
  if (!response.ok) return refusal(response);
  const created = postCreatedSchema.safeParse(response.body);
  if (!created.success) return unreadable(response);
  return {
    ok: true,
    externalId: created.data.data.id,
    metadata: { visibility: "public", inReplyToPostId: replyTo, conversationId },
  };
}

function refusal(response: XResponse): SendOutcome {
  const error = xErrorText(response.status, response.body);
  if (response.status === 429) {
    return { ok: false, permanent: false, error, retryAfter: retryAtOf(response.rateLimit) };
  }
  if (response.status >= 500) return { ok: false, permanent: false, error };
  const type = xProblemOf(response.body).type ?? "";
  if (CLIENT_PROBLEMS.some((problem) => type.endsWith(problem))) {
    return { ok: false, permanent: false, reconnect: true, error: `${error}: reconnect the X account` };
  }
  // 400 (a text X will not take), 403 (a user who does not accept our DMs, duplicate content), 404.
  return { ok: false, permanent: true, error };
}

/** X took it but gave no id: sending again could post it twice, so an agent looks first. */
function unreadable(response: XResponse): SendOutcome {
  return {
    ok: false,
    permanent: true,
    error: `X answered ${String(response.status)} without the id of what it created: check on X whether it arrived before sending it again`,
  };
}

function failureOf(error: unknown): SendOutcome {
  if (error instanceof ReconnectNeededError) {
    return { ok: false, permanent: false, reconnect: true, error: error.message };
  }
  if (error instanceof RetryLaterError) {
    return { ok: false, permanent: false, retryAfter: error.retryAt, error: error.message };
  }
  const reason =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  return { ok: false, permanent: false, error: `X could not be reached: ${reason}` };
}
