import { messengerWindow, privateReplyWindow } from "@emma/core";
import { z } from "zod";
import type { OutboundMessage, ProviderContext, SendOutcome } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { callGraph, type FetchLike, type GraphCall } from "./graph-client.ts";
import { graphFailure, type SendKind } from "./graph-failure.ts";
import { facebookThreadKeyOf } from "./thread-keys.ts";
import { closedMessengerWindow, closedPrivateReplyWindow } from "./window-words.ts";

export interface SendDependencies {
  fetch?: FetchLike;
  now?: () => Date;
}

const sendApiAnswer = z.object({ message_id: z.string().min(1), recipient_id: z.string().optional() });
const commentAnswer = z.object({ id: z.string().min(1) });

/**
 * A reply from Emma: on Messenger through the Send API (`POST /{version}/me/messages`), in a comment
 * conversation as a public reply (`POST /{comment-id}/comments`) or as the one private reply into
 * Messenger (`recipient: {comment_id}`). Meta's windows are checked first: a reply Meta would refuse
 * is refused here, permanently, with the reason and the date.
 */
export async function sendFacebookReply(
  message: OutboundMessage,
  { config, secrets }: ProviderContext<FacebookConfig, FacebookSecrets>,
  dependencies: SendDependencies = {},
): Promise<SendOutcome> {
  const now = (dependencies.now ?? (() => new Date()))();
  const thread = facebookThreadKeyOf(message.threadKey);
  if (thread === undefined)
    return refuse(`"${message.threadKey}" is no Messenger or comment conversation of this Page`);
  const post = (
    kind: SendKind,
    call: Omit<GraphCall, "accessToken" | "appSecret">,
    answer: z.ZodType<{ id: string; recipientId?: string | undefined }>,
    extra: Record<string, unknown> = {},
  ) =>
    deliver(
      kind,
      config,
      { ...call, accessToken: secrets.pageAccessToken, appSecret: secrets.appSecret },
      answer,
      now,
      dependencies.fetch,
      extra,
    );

  switch (thread.kind) {
    case "messenger": {
      const window = messengerWindow({
        lastInboundAt: message.lastInboundAt,
        now,
        humanAgentEnabled: config.humanAgentTag,
      });
      if (window.kind === "closed") return refuse(closedMessengerWindow(window, config.humanAgentTag));
      const type =
        window.kind === "response"
          ? { messaging_type: "RESPONSE" }
          : { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" };
      return post(
        "messenger",
        {
          method: "POST",
          path: "me/messages",
          body: { recipient: { id: thread.psid }, ...type, message: { text: message.text } },
        },
        messageId,
        window.kind === "human_agent" ? { tag: "HUMAN_AGENT" } : {},
      );
    }
    case "comment": {
      const commentId = message.inReplyTo ?? thread.commentId;
      if (message.visibility === "public") {
        return post(
          "public_reply",
          {
            method: "POST",
            path: `${encodeURIComponent(commentId)}/comments`,
            body: { message: message.text },
          },
          commentAnswer,
        );
      }
      const commentedAt = commentTime(message);
      if (commentedAt !== undefined) {
        const window = privateReplyWindow(commentedAt, now);
        if (!window.open) return refuse(closedPrivateReplyWindow(window.since));
      }
      return post(
        "private_reply",
        {
          method: "POST",
          path: "me/messages",
          body: { recipient: { comment_id: commentId }, message: { text: message.text } },
        },
        messageId,
      );
    }
    default: {
      const unknown: never = thread;
      return refuse(`Unknown conversation ${String(unknown)}`);
    }
  }
}

const messageId = sendApiAnswer.transform((answer) => ({
  id: answer.message_id,
  recipientId: answer.recipient_id,
}));

async function deliver(
  kind: SendKind,
  config: FacebookConfig,
  call: GraphCall,
  answer: z.ZodType<{ id: string; recipientId?: string | undefined }>,
  now: Date,
  fetchImpl: FetchLike | undefined,
  extra: Record<string, unknown>,
): Promise<SendOutcome> {
  const response = await callGraph(
    { base: config.graphApiBase, version: config.graphApiVersion },
    call,
    fetchImpl,
  );
  if (!response.ok) return graphFailure(kind, response, now);
  const parsed = answer.safeParse(response.data);
  if (!parsed.success) {
    // Meta accepted something but said not what: sending again could post the reply twice.
    return refuse(
      `Meta answered ${response.status} without the id of the new ${kind === "public_reply" ? "comment" : "message"}; check the Page before sending again`,
    );
  }
  const { id, recipientId } = parsed.data;
  return {
    ok: true,
    externalId: id,
    metadata: { via: kind, ...extra, ...(recipientId ? { recipientId } : {}) },
  };
}

/** When the answered comment was made: kept by the parser, else the customer's last message. */
function commentTime(message: OutboundMessage): Date | undefined {
  const kept = message.inReplyToMetadata?.commentedAt;
  const parsed = typeof kept === "string" ? new Date(kept) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  return message.lastInboundAt;
}

function refuse(error: string): SendOutcome {
  return { ok: false, permanent: true, error };
}
