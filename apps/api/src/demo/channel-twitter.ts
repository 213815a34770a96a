import type { RawIdentity } from "@emma/core";
import { initials } from "./channel-facebook.ts";
import { chatTurn } from "./chat-turn.ts";
import { capRecent, demoMessage, threadTimes, type Thread, type ThreadContext } from "./thread.ts";
import type { DemoMessage } from "./types.ts";

/** The bank's service account on X. */
export const X_SERVICE_HANDLE = "EmmaBank_Hilfe";
const MAX_POST = 280;

const graphemeSegmenter = new Intl.Segmenter("de", { granularity: "grapheme" });

/** X cuts posts at 280 characters; our templates stay below, this is the guard. */
function post(text: string): string {
  if (text.length <= MAX_POST) return text;
  const graphemes = Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  return graphemes.length <= MAX_POST ? text : `${graphemes.slice(0, MAX_POST - 1).join("")}…`;
}

/**
 * A public mention of our service account with our public answer, or a DM conversation. X links by the
 * numeric user id; the @handle is for display only and can change.
 */
export function twitterThread(ctx: ThreadContext): Thread {
  const { person, random } = ctx;
  const account = person.twitter;
  if (!account) throw new Error(`${person.key} has no X identity`);
  const identity: RawIdentity = { kind: "twitter", value: account.id, display: `@${account.handle}` };
  const vars = { ...ctx.vars, agent: initials(ctx.agent) };
  const mention = ctx.variant === "mention";
  const threadKey = `demo-x-${mention ? "conversation" : "dm"}-${person.key}-${ctx.conversationNo}`;
  const count = capRecent(
    ctx,
    ctx.long
      ? random.int(3, 4)
      : random.weighted([
          [1, 25],
          [2, 45],
          [3, 30],
        ]),
  );
  const times = threadTimes(random, ctx.start, count, ctx.now, [3, 6 * 60]);
  const messages: DemoMessage[] = times.map((at, i) => {
    const inbound = i % 2 === 0;
    const body = chatTurn(ctx, vars, i);
    const text = post(mention ? `${inbound ? `@${X_SERVICE_HANDLE}` : `@${account.handle}`} ${body}` : body);
    const seq = ctx.nextSeq();
    const postId = `1${random.digits(18)}`;
    return demoMessage({
      agent: ctx.agent,
      channel: "twitter",
      kind: "message",
      externalId: `demo-x-${mention ? "post" : "dm"}-${person.key}-${seq}`,
      threadKey,
      occurredAt: at,
      direction: inbound ? "inbound" : "outbound",
      name: person.displayName,
      identities: [identity],
      text,
      metadata: mention
        ? {
            source: "mention",
            url: `https://x.com/${inbound ? account.handle : X_SERVICE_HANDLE}/status/${postId}`,
          }
        : { source: "dm" },
    });
  });
  return { threadKey, messages };
}
