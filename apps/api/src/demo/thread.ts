import type { Attachment, CallData, CustomerChannel, RawIdentity } from "@emma/core";
import { HOUR, MINUTE } from "./format.ts";
import type { DemoPerson } from "./person.ts";
import { LATEST_GAP, type ThreadVariant } from "./plan.ts";
import type { Random } from "./random.ts";
import type { TemplateVars } from "./template.ts";
import type { TopicId, TopicText } from "./topics.ts";
import type { DemoMessage, Locale } from "./types.ts";

/** Everything a channel builder needs to write one conversation. */
export interface ThreadContext {
  person: DemoPerson;
  random: Random;
  now: number;
  start: number;
  topic: TopicId;
  locale: Locale;
  text: TopicText;
  vars: TemplateVars;
  /** Full name of the agent who answers, e.g. "Nina Krause". */
  agent: string;
  variant: ThreadVariant | null;
  long: boolean;
  /** The customer's number for this conversation, part of thread keys. */
  conversationNo: number;
  /** Next message number of this customer: makes external ids unique. */
  nextSeq: () => number;
}

export interface Thread {
  threadKey: string;
  messages: DemoMessage[];
}

/**
 * `count` strictly increasing times from `start`, gaps log-uniform in [minMinutes, maxMinutes]. A thread
 * that would reach into the future is moved back as a whole, so it ends LATEST_GAP before `now`.
 */
export function threadTimes(
  random: Random,
  start: number,
  count: number,
  now: number,
  gaps: readonly [number, number],
): number[] {
  const [min, max] = gaps;
  const times = [start];
  for (let i = 1; i < count; i++) {
    const minutes = Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));
    times.push((times[i - 1] ?? start) + Math.max(1, Math.round(minutes)) * MINUTE);
  }
  const overshoot = (times.at(-1) ?? start) - (now - LATEST_GAP);
  return overshoot > 0 ? times.map((t) => t - overshoot) : times;
}

export type MessageFields = MessageBase &
  (
    | { direction: "inbound"; agent?: string }
    /** Who of our team wrote or placed it: the console signs the item with it. */
    | { direction: "outbound"; agent: string }
  );

interface MessageBase {
  channel: CustomerChannel;
  kind: DemoMessage["kind"];
  externalId: string;
  threadKey: string;
  occurredAt: number;
  name: string | undefined;
  identities: RawIdentity[];
  subject?: string | undefined;
  text: string;
  html?: string | undefined;
  attachments?: Attachment[];
  call?: CallData | undefined;
  metadata: Record<string, unknown>;
}

/** One message with a fixed key order and no undefined keys, so JSON output is byte-stable. */
export function demoMessage(fields: MessageFields): DemoMessage {
  return {
    channel: fields.channel,
    kind: fields.kind,
    externalId: fields.externalId,
    threadKey: fields.threadKey,
    occurredAt: new Date(Math.round(fields.occurredAt / 1000) * 1000).toISOString(),
    direction: fields.direction,
    author: { ...(fields.name === undefined ? {} : { name: fields.name }), identities: fields.identities },
    ...(fields.subject === undefined ? {} : { subject: fields.subject }),
    text: fields.text,
    ...(fields.html === undefined ? {} : { html: fields.html }),
    attachments: fields.attachments ?? [],
    ...(fields.call === undefined ? {} : { call: fields.call }),
    // The console reads `agent` to name who on our side sent an item that no Emma user wrote.
    metadata: fields.direction === "outbound" ? { ...fields.metadata, agent: fields.agent } : fields.metadata,
  };
}

/** items[i], cycling: parallel template lists of different lengths stay aligned. */
export function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new RangeError("cycle over an empty list");
  return item;
}

/** A thread that started within the last three hours has only the customer's first message: it waits for us. */
export function capRecent(ctx: ThreadContext, count: number): number {
  return ctx.now - ctx.start < 3 * HOUR ? 1 : count;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as a mail client's HTML part: paragraphs, line breaks kept. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`);
  return `<html><body><div dir="ltr">${paragraphs.join("")}</div></body></html>`;
}
