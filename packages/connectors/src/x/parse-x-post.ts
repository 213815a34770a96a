import type { InboundMessage } from "@emma/core";
import type { XConfig } from "./x-config.ts";
import { xIdTime } from "./x-ids.ts";
import { repliedToOf, userOf, type XIncludes, type XPost } from "./x-objects.ts";
import { postThreadKey } from "./x-thread-key.ts";
import { twitterIdentity } from "./x-identity.ts";

/**
 * A post as an item of its public thread: a customer's mention or reply (inbound), or our own reply
 * to a customer (outbound; `post.create` of our account, sent from Emma or from elsewhere). Our
 * posts that answer nobody (a campaign post, a repost) are no conversation: nothing.
 */
export function parseXPost(
  post: XPost,
  includes: XIncludes | undefined,
  config: Pick<XConfig, "accountUserId">,
  source: string,
): InboundMessage[] {
  const ours = post.author_id === config.accountUserId;
  const customerId = ours ? post.in_reply_to_user_id : post.author_id;
  if (customerId === undefined || customerId === config.accountUserId) return [];
  if (post.referenced_tweets?.some((ref) => ref.type === "retweeted")) return [];
  const customer = userOf(includes, customerId);
  const conversationId = post.conversation_id ?? post.id;
  return [
    {
      channel: "twitter",
      kind: "message",
      externalId: post.id,
      threadKey: postThreadKey(conversationId),
      // Everyone reads a mention's thread: the agent may answer there or by direct message.
      publicThread: true,
      occurredAt: post.created_at ? new Date(post.created_at) : xIdTime(post.id),
      direction: ours ? "outbound" : "inbound",
      author: {
        ...(customer?.name ? { name: customer.name } : {}),
        identities: [twitterIdentity(customerId, customer)],
      },
      text: post.text,
      attachments: [],
      metadata: {
        source,
        visibility: "public",
        xPostId: post.id,
        conversationId,
        ...(repliedToOf(post) ? { inReplyToPostId: repliedToOf(post) } : {}),
        ...(post.lang ? { lang: post.lang } : {}),
        ...(post.attachments?.media_keys?.length ? { mediaKeys: post.attachments.media_keys } : {}),
        ...(!ours && customer?.username
          ? { url: `https://x.com/${customer.username}/status/${post.id}` }
          : {}),
      },
    },
  ];
}
