import { z } from "zod";
import type { OutboundMessage, ProviderContext, SendOutcome } from "../connector.ts";
import { callDiscourse, type DiscourseResponse } from "./discourse-client.ts";
import type { DiscourseConfig, DiscourseSecrets } from "./discourse-config.ts";
import { discourseErrorText, keyRefused } from "./discourse-errors.ts";
import { postExternalId, postUrl, readTopicThreadKey } from "./discourse-thread-key.ts";

const createdSchema = z.looseObject({
  id: z.number().int().positive(),
  post_number: z.number().int().positive(),
  topic_id: z.number().int().positive(),
  topic_slug: z.string().max(500).nullish(),
  username: z.string().max(60),
});

/** The forum username a reply goes out under: the agent's own, else the connector's staff account. */
export function senderUsername(
  config: Pick<DiscourseConfig, "apiUsername" | "agentUsernames">,
  agent: OutboundMessage["agent"],
): string {
  return (agent && config.agentUsernames[agent.email.toLowerCase()]) ?? config.apiUsername;
}

/**
 * A reply as a post in the conversation's topic (POST /posts.json), answering the post the agent
 * replied to. The externalId is the new post's, the one its post_created webhook names.
 */
export async function sendDiscourse(
  message: OutboundMessage,
  context: ProviderContext<DiscourseConfig, DiscourseSecrets>,
): Promise<SendOutcome> {
  const topicId = readTopicThreadKey(message.threadKey);
  if (topicId === undefined) {
    return { ok: false, permanent: true, error: `"${message.threadKey}" is not a forum topic` };
  }
  const replyTo = message.inReplyToMetadata?.postNumber;
  const username = senderUsername(context.config, message.agent);
  let response: DiscourseResponse;
  try {
    response = await callDiscourse(context, {
      method: "POST",
      path: "/posts.json",
      username,
      json: {
        topic_id: topicId,
        raw: message.text,
        ...(typeof replyTo === "number" ? { reply_to_post_number: replyTo } : {}),
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, permanent: false, error: `Discourse could not be reached: ${reason}` };
  }
  if (!response.ok) return refusal(response, username);
  const created = createdSchema.safeParse(response.body);
  if (!created.success) {
    // 200 without a post: Discourse queued it for review (action enqueue_post), or something else.
    return {
      ok: false,
      permanent: true,
      error: `Discourse answered ${String(response.status)} without the new post: check the topic (and the review queue) before sending again`,
    };
  }
  const post = created.data;
  return {
    ok: true,
    externalId: postExternalId(post.id),
    metadata: {
      postNumber: post.post_number,
      url: postUrl(context.config.siteUrl, post.topic_id, post.post_number, post.topic_slug),
      username: post.username,
    },
  };
}

function refusal(response: DiscourseResponse, username: string): SendOutcome {
  const error = discourseErrorText(response.status, response.body);
  if (response.status === 429) {
    return {
      ok: false,
      permanent: false,
      error,
      ...(response.retryAt ? { retryAfter: response.retryAt } : {}),
    };
  }
  if (response.status >= 500) return { ok: false, permanent: false, error };
  if (keyRefused(response.status, response.body)) {
    return {
      ok: false,
      permanent: false,
      reconnect: true,
      error: `${error} (Api-Username ${username}): check the connector's API key and that this user exists`,
    };
  }
  // 422: too short, too similar to an earlier post, topic closed; 403: not allowed here; 404: topic gone.
  return { ok: false, permanent: true, error };
}
