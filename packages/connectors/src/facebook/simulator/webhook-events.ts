import { randomBytes } from "node:crypto";

/**
 * Builders for what Meta delivers to a Page webhook, shaped as the Messenger Platform and Page `feed`
 * webhook references show them. Times are epoch milliseconds for messaging, seconds for the feed.
 */
export type MessagingEventBody = Record<string, unknown>;
export interface FeedChange {
  field: "feed";
  value: Record<string, unknown>;
}

export interface PageEntryParts {
  messaging?: MessagingEventBody[];
  standby?: MessagingEventBody[];
  changes?: FeedChange[];
  /** Epoch ms; now by default. */
  time?: number;
}

/** `{"object":"page","entry":[…]}`, one entry per Page (Meta batches several events in one). */
export function pageWebhook(pageId: string, ...entries: PageEntryParts[]) {
  return {
    object: "page",
    entry: entries.map(({ time, ...parts }) => ({ id: pageId, time: time ?? Date.now(), ...parts })),
  };
}

/** Meta's message ids: "m_" and an opaque URL-safe string. */
export function newMid(): string {
  return `m_${randomBytes(24).toString("base64url")}`;
}

/** Graph object ids: digits. Comment ids are "<post object id>_<comment object id>". */
export function newObjectId(): string {
  return String(100_000_000_000_000n + BigInt(`0x${randomBytes(6).toString("hex")}`));
}

interface Parties {
  pageId: string;
  psid: string;
  /** Epoch ms. */
  timestamp?: number;
}

const fromPerson = ({ pageId, psid, timestamp }: Parties) => ({
  sender: { id: psid },
  recipient: { id: pageId },
  timestamp: timestamp ?? Date.now(),
});

export function textMessage(
  parties: Parties & { text: string; mid?: string; quickReplyPayload?: string; replyToMid?: string },
): MessagingEventBody {
  return {
    ...fromPerson(parties),
    message: {
      mid: parties.mid ?? newMid(),
      text: parties.text,
      ...(parties.quickReplyPayload ? { quick_reply: { payload: parties.quickReplyPayload } } : {}),
      ...(parties.replyToMid ? { reply_to: { mid: parties.replyToMid } } : {}),
    },
  };
}

export type AttachmentType = "image" | "video" | "audio" | "file";

export function attachmentMessage(
  parties: Parties & {
    attachments: { type: AttachmentType | "fallback" | "location"; url?: string; title?: string }[];
    text?: string;
    mid?: string;
  },
): MessagingEventBody {
  return {
    ...fromPerson(parties),
    message: {
      mid: parties.mid ?? newMid(),
      ...(parties.text ? { text: parties.text } : {}),
      attachments: parties.attachments.map(({ type, url, title }) => ({
        type,
        ...(title ? { title } : {}),
        payload: url ? { url } : null,
      })),
    },
  };
}

/** A copy of what the Page sent (from Emma through the Send API, or typed in Meta's inbox). */
export function echoMessage(
  parties: Parties & { text: string; mid: string; appId?: string },
): MessagingEventBody {
  return {
    sender: { id: parties.pageId },
    recipient: { id: parties.psid },
    timestamp: parties.timestamp ?? Date.now(),
    message: {
      mid: parties.mid,
      is_echo: true,
      // Meta's own inbox (Business Suite) echoes with its app id, 263902037430900.
      app_id: Number(parties.appId ?? "263902037430900"),
      text: parties.text,
    },
  };
}

export function messageEdit(
  parties: Parties & { mid: string; text: string; numEdit?: number },
): MessagingEventBody {
  return {
    ...fromPerson(parties),
    message_edit: { mid: parties.mid, text: parties.text, num_edit: parties.numEdit ?? 1 },
  };
}

/** The person unsent a message ("remove for everyone"). */
export function unsend(parties: Parties & { mid: string }): MessagingEventBody {
  return { ...fromPerson(parties), message: { mid: parties.mid, is_deleted: true } };
}

export function delivery(parties: Parties & { watermark: number; mids?: string[] }): MessagingEventBody {
  return {
    ...fromPerson(parties),
    delivery: { ...(parties.mids ? { mids: parties.mids } : {}), watermark: parties.watermark },
  };
}

export function read(parties: Parties & { watermark: number }): MessagingEventBody {
  return { ...fromPerson(parties), read: { watermark: parties.watermark } };
}

export function postback(
  parties: Parties & { title: string; payload: string; mid?: string },
): MessagingEventBody {
  return {
    ...fromPerson(parties),
    postback: { mid: parties.mid ?? newMid(), title: parties.title, payload: parties.payload },
  };
}

export interface CommentFacts {
  /** The Page's post: "<page id>_<post object id>". */
  postId: string;
  commentId: string;
  /** The comment answered; omit for a top-level comment (Meta then sends the post id). */
  parentId?: string;
  from: { id: string; name?: string };
  message?: string;
  verb?: "add" | "edited" | "remove";
  /** Epoch seconds of the comment. */
  createdTime?: number;
  permalinkUrl?: string;
  photo?: string;
}

/** A `feed` change for a comment, as Meta sends it (parent_id = post id for a top-level comment). */
export function commentChange(facts: CommentFacts): FeedChange {
  return {
    field: "feed",
    value: {
      from: facts.from,
      post: {
        status_type: "added_photos",
        is_published: true,
        updated_time: new Date().toISOString().replace(/\.\d{3}Z$/, "+0000"),
        permalink_url:
          facts.permalinkUrl ?? `https://www.facebook.com/${facts.postId.replace("_", "/posts/")}`,
        promotion_status: "inactive",
        id: facts.postId,
      },
      ...(facts.message === undefined ? {} : { message: facts.message }),
      ...(facts.photo ? { photo: facts.photo } : {}),
      post_id: facts.postId,
      comment_id: facts.commentId,
      created_time: facts.createdTime ?? Math.floor(Date.now() / 1000),
      item: "comment",
      parent_id: facts.parentId ?? facts.postId,
      verb: facts.verb ?? "add",
    },
  };
}
