import type { ReplyVisibility } from "../outbox/outbox-payload.ts";
import type { Channel } from "./channel.ts";
import { messengerWindow, privateReplyWindow } from "./messenger-window.ts";
import { REPLY_LIMITS, canReplyInWriting } from "./reply-limits.ts";
import { X_POST_LIMIT, xPostLength } from "./x-post-length.ts";

/**
 * How long a reply may be: counted in code points, or by X's weighting for a public post
 * (emoji and CJK twice, every link 23).
 */
export type ReplyLength = { count: "characters"; limit: number } | { count: "x-weighted"; limit: number };

/** The provider's time limit on an answer, as it stands now. */
export type ReplyWindow =
  /** No time limit on this channel. */
  | { kind: "none" }
  /** Messenger's 24 hours after the customer's last message. */
  | { kind: "response"; closesAt: Date }
  /** Messenger's 7 days with the HUMAN_AGENT tag. */
  | { kind: "human_agent"; closesAt: Date }
  /** The one private reply to a comment, within 7 days of it. */
  | { kind: "private_reply"; closesAt: Date }
  /**
   * Nothing can be sent: `since` when the last window closed, null when the customer never wrote.
   * `humanAgentEnabled` says which Messenger rule applied (24 hours, or 7 days with the tag).
   */
  | { kind: "closed"; rule: "messenger" | "private_reply"; since: Date | null; humanAgentEnabled: boolean };

/** What one kind of answer (public, private, or the thread's only kind) must keep to. */
export interface ReplyOption {
  /** null on channels where answers are neither public nor private (email, forum). */
  visibility: ReplyVisibility | null;
  length: ReplyLength | null;
  window: ReplyWindow;
}

export interface ReplyRules {
  /** False for phone conversations: they are answered by calling back. */
  writable: boolean;
  /** What the agent may choose: public or private in a public thread on Facebook or X, else nothing. */
  visibilities: ReplyVisibility[];
  /** What an answer is when the agent chooses nothing: public in a public thread. */
  defaultVisibility: ReplyVisibility | null;
  /** One per choice in `visibilities`, or the one answer the thread allows. */
  options: ReplyOption[];
  /** The thread no longer takes posts at the provider: a forum topic closed, or deleted. */
  threadShut: ThreadShut | null;
}

/** Why a thread takes no more posts: closed (or archived) at the provider, or deleted there. */
export type ThreadShut = "closed" | "removed";

export interface ReplyRulesInput {
  channel: Channel;
  /** A Page comment thread or an X mention thread: everyone reads it. */
  publicThread: boolean;
  /** When the customer last wrote in this conversation; undefined if never. */
  lastInboundAt: Date | undefined;
  now: Date;
  /**
   * Replies go through Meta itself (a Facebook Page connection), so Meta's windows apply; a
   * customer's own integration bridging a Facebook channel keeps its own rules.
   */
  viaMeta: boolean;
  /** The Page's connector allows agents to answer with Meta's HUMAN_AGENT tag (7 days). */
  humanAgentEnabled: boolean;
  /** The thread was closed at the provider (a closed forum topic); absent: not known to be. */
  threadClosed?: boolean | undefined;
  /** The thread was deleted at the provider (a deleted forum topic); absent: not known to be. */
  threadRemoved?: boolean | undefined;
}

const SOCIAL: readonly Channel[] = ["facebook", "twitter"];

/**
 * Everything that decides whether a reply can leave, in one place: the API refuses by it before
 * queueing, and the console shows the same rules beside the composer.
 */
export function replyRules(input: ReplyRulesInput): ReplyRules {
  const social = SOCIAL.includes(input.channel);
  const visibilities: ReplyVisibility[] = social && input.publicThread ? ["public", "private"] : [];
  const defaultVisibility: ReplyVisibility | null = social
    ? input.publicThread
      ? "public"
      : "private"
    : null;
  const chosen = visibilities.length > 0 ? visibilities : [defaultVisibility];
  return {
    writable: canReplyInWriting(input.channel),
    visibilities,
    defaultVisibility,
    options: chosen.map((visibility) => ({
      visibility,
      length: lengthRule(input.channel, visibility),
      window: windowRule(input, visibility),
    })),
    // A deleted topic is the stronger fact: recovering it may still leave it closed.
    threadShut: input.threadRemoved ? "removed" : input.threadClosed ? "closed" : null,
  };
}

function lengthRule(channel: Channel, visibility: ReplyVisibility | null): ReplyLength | null {
  if (channel === "twitter" && visibility === "public") return { count: "x-weighted", limit: X_POST_LIMIT };
  const limit = REPLY_LIMITS[channel];
  return limit === null ? null : { count: "characters", limit };
}

function windowRule(input: ReplyRulesInput, visibility: ReplyVisibility | null): ReplyWindow {
  if (input.channel !== "facebook" || !input.viaMeta) return { kind: "none" };
  if (!input.publicThread) {
    const window = messengerWindow(input);
    return window.kind === "closed"
      ? { kind: "closed", rule: "messenger", since: window.since, humanAgentEnabled: input.humanAgentEnabled }
      : window;
  }
  // A public answer to a comment has no time limit; the private one is measured from the comment,
  // which is the customer's last word in the thread (as the connector reckons it without one).
  if (visibility !== "private" || input.lastInboundAt === undefined) return { kind: "none" };
  const window = privateReplyWindow(input.lastInboundAt, input.now);
  return window.open
    ? { kind: "private_reply", closesAt: window.closesAt }
    : {
        kind: "closed",
        rule: "private_reply",
        since: window.since,
        humanAgentEnabled: input.humanAgentEnabled,
      };
}

/** How long a text is by a length rule's own count. */
export function replyLengthOf(length: ReplyLength, text: string): number {
  switch (length.count) {
    case "characters":
      return Array.from(text).length;
    case "x-weighted":
      return xPostLength(text).weightedLength;
    default: {
      const unreachable: never = length;
      throw new Error(`unknown length rule ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Why a reply cannot leave; the API words it in a sentence, the console in the agent's language. */
export type ReplyRefusal =
  | { kind: "not-writable"; channel: Channel }
  | { kind: "thread-shut"; shut: ThreadShut }
  | { kind: "visibility-not-offered"; visibility: ReplyVisibility; offered: ReplyVisibility[] }
  | { kind: "too-long"; length: ReplyLength; actual: number }
  | { kind: "window-closed"; window: Extract<ReplyWindow, { kind: "closed" }> };

/** The option a reply with this visibility falls under, or null when the thread does not offer it. */
export function replyOptionFor(
  rules: ReplyRules,
  visibility: ReplyVisibility | undefined,
): ReplyOption | null {
  const wanted = visibility ?? rules.defaultVisibility;
  return rules.options.find((option) => option.visibility === wanted) ?? null;
}

/** Null when the reply may be queued: the first rule it breaks otherwise. */
export function replyRefusal(
  rules: ReplyRules,
  channel: Channel,
  reply: { text: string; visibility?: ReplyVisibility | undefined },
): ReplyRefusal | null {
  if (!rules.writable) return { kind: "not-writable", channel };
  if (rules.threadShut !== null) return { kind: "thread-shut", shut: rules.threadShut };
  const option = replyOptionFor(rules, reply.visibility);
  if (option === null)
    return {
      kind: "visibility-not-offered",
      visibility: reply.visibility ?? "public",
      offered: rules.options.flatMap((o) => (o.visibility === null ? [] : [o.visibility])),
    };
  if (option.window.kind === "closed") return { kind: "window-closed", window: option.window };
  if (option.length !== null) {
    const actual = replyLengthOf(option.length, reply.text);
    if (actual > option.length.limit) return { kind: "too-long", length: option.length, actual };
  }
  return null;
}
