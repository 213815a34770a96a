import { oneToOneConversationId } from "../x-ids.ts";
import { snowflake } from "./snowflake.ts";

/** A user as X's payloads show them. */
export interface SimulatedXUser {
  id: string;
  username: string;
  name: string;
}

export interface SimulatedPost {
  id: string;
  text: string;
  author_id: string;
  conversation_id: string;
  created_at: string;
  in_reply_to_user_id?: string;
  in_reply_to_tweet_id?: string;
  referenced_tweets?: { type: "replied_to"; id: string }[];
  edit_history_tweet_ids: string[];
  lang: string;
}

export interface SimulatedDm {
  id: string;
  senderId: string;
  recipientId: string;
  text: string;
  createdAt: Date;
}

/** The envelope every X Activity API delivery has. https://docs.x.com/x-api/activity/event-payloads */
function envelope(
  eventType: string,
  filterUserId: string,
  tag: string,
  payload: unknown,
  includes?: unknown,
) {
  return {
    data: {
      event_uuid: snowflake(),
      filter: { user_id: filterUserId },
      event_type: eventType,
      tag,
      payload,
      ...(includes === undefined ? {} : { includes }),
    },
  };
}

export function simulatedPost(props: {
  author: SimulatedXUser;
  text: string;
  inReplyTo?: { postId: string; userId: string; conversationId: string };
  at?: Date;
}): SimulatedPost {
  const at = props.at ?? new Date();
  const id = snowflake(at);
  return {
    id,
    text: props.text,
    author_id: props.author.id,
    conversation_id: props.inReplyTo?.conversationId ?? id,
    created_at: at.toISOString(),
    ...(props.inReplyTo
      ? {
          in_reply_to_user_id: props.inReplyTo.userId,
          in_reply_to_tweet_id: props.inReplyTo.postId,
          referenced_tweets: [{ type: "replied_to" as const, id: props.inReplyTo.postId }],
        }
      : {}),
    edit_history_tweet_ids: [id],
    lang: "de",
  };
}

/** post.mention.create / post.reply.create (a customer's post) or post.create (the account's own). */
export function postEvent(
  eventType: "post.create" | "post.mention.create" | "post.reply.create",
  account: SimulatedXUser,
  post: SimulatedPost,
  users: SimulatedXUser[],
) {
  return envelope(eventType, account.id, eventType, post, { users, tweets: [post] });
}

export function postDeleteEvent(filterUserId: string, postId: string, authorId: string) {
  return envelope("post.delete", filterUserId, "post-deletes", { id: postId, author_id: authorId });
}

/** dm.received / dm.sent: legacy message_create events and a users map keyed by id. */
export function dmEvent(
  eventType: "dm.received" | "dm.sent",
  account: SimulatedXUser,
  dm: SimulatedDm,
  users: SimulatedXUser[],
) {
  return envelope(eventType, account.id, eventType === "dm.received" ? "dm-inbound" : "dm-outbound", {
    direct_message_events: [
      {
        type: "message_create",
        id: dm.id,
        created_timestamp: String(dm.createdAt.getTime()),
        message_create: {
          target: { recipient_id: dm.recipientId },
          sender_id: dm.senderId,
          message_data: {
            text: dm.text,
            entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
          },
        },
      },
    ],
    users: Object.fromEntries(users.map((user) => [user.id, { data: user }])),
  });
}

/** The same DM as GET /2/dm_events lists it. */
export function dmEventV2(dm: SimulatedDm) {
  return {
    id: dm.id,
    event_type: "MessageCreate",
    text: dm.text,
    sender_id: dm.senderId,
    dm_conversation_id: oneToOneConversationId(dm.senderId, dm.recipientId),
    created_at: dm.createdAt.toISOString(),
  };
}
