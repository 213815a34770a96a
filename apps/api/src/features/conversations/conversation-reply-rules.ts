import { replyRules, type ReplyRules } from "@emma/core";
import { facebookConfigSchema, facebookConnector } from "@emma/connectors";
import type { ConversationRow } from "../../db/schema.ts";

/** The connector a conversation's replies go out through, as stored. */
export interface ReplyConnection {
  kind: string;
  config: unknown;
}

/**
 * The reply rules of a conversation now. Meta's windows apply when a Facebook Page connection sends
 * (not when a customer's own integration bridges the channel); whether the Page may use the
 * HUMAN_AGENT tag is its connector's setting, read through the connector's own schema so a row
 * saved before the setting existed gets its default.
 */
export function conversationReplyRules(
  conversation: Pick<
    ConversationRow,
    "channel" | "public_thread" | "last_inbound_at" | "thread_closed" | "thread_removed_at"
  >,
  connection: ReplyConnection | undefined,
  now: Date,
): ReplyRules {
  const viaMeta = connection?.kind === facebookConnector.kind;
  const config = viaMeta ? facebookConfigSchema.safeParse(connection.config) : undefined;
  return replyRules({
    channel: conversation.channel,
    publicThread: conversation.public_thread,
    lastInboundAt: conversation.last_inbound_at ?? undefined,
    now,
    viaMeta,
    humanAgentEnabled: config?.success === true && config.data.humanAgentTag,
    threadClosed: conversation.thread_closed,
    threadRemoved: conversation.thread_removed_at !== null,
  });
}

/** The rules as the console reads them: dates as ISO 8601. */
export function presentReplyRules(rules: ReplyRules) {
  return {
    writable: rules.writable,
    visibilities: rules.visibilities,
    defaultVisibility: rules.defaultVisibility,
    options: rules.options.map((option) => ({
      visibility: option.visibility,
      length: option.length,
      window: presentWindow(option.window),
    })),
    threadShut: rules.threadShut,
  };
}
export type PresentedReplyRules = ReturnType<typeof presentReplyRules>;

function presentWindow(window: ReplyRules["options"][number]["window"]) {
  switch (window.kind) {
    case "none":
      return { kind: window.kind };
    case "response":
    case "human_agent":
    case "private_reply":
      return { kind: window.kind, closesAt: window.closesAt.toISOString() };
    case "closed":
      return {
        kind: window.kind,
        rule: window.rule,
        since: window.since?.toISOString() ?? null,
        humanAgentEnabled: window.humanAgentEnabled,
      };
    default: {
      const unreachable: never = window;
      throw new Error(`unknown reply window ${JSON.stringify(unreachable)}`);
    }
  }
}
