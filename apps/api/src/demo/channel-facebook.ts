import type { RawIdentity } from "@emma/core";
import { chatTurn } from "./chat-turn.ts";
import { capRecent, demoMessage, threadTimes, type Thread, type ThreadContext } from "./thread.ts";
import type { DemoMessage } from "./types.ts";

/** The bank's Facebook page. */
export const FACEBOOK_PAGE_ID = "104729384756201";

export const PAGE_POSTS: readonly (readonly [id: string, text: string])[] = [
  ["104729384756201_873201", "Neue App-Version ist da! 🚀 Mit Dark Mode und schnellerem Login."],
  [
    "104729384756201_873355",
    "Wartungsarbeiten: Sonntag zwischen 2 und 6 Uhr ist das Online-Banking nicht erreichbar.",
  ],
  ["104729384756201_874012", "Tagesgeld jetzt mit 2,5 % p. a. für Neukundinnen und Neukunden."],
  ["104729384756201_874560", "Vorsicht vor Phishing! Wir fragen niemals per SMS nach deiner PIN oder TAN."],
];

/** Social media replies are signed with initials: "^NK". */
export function initials(agent: string): string {
  return agent
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join("");
}

/**
 * A Messenger conversation with the page, or a comment under one of the page's posts and our answer.
 * Facebook only gives us the page-scoped id and the name on the profile.
 */
export function facebookThread(ctx: ThreadContext): Thread {
  const { person, random } = ctx;
  const profile = person.facebook;
  if (!profile) throw new Error(`${person.key} has no Facebook identity`);
  const identity: RawIdentity = { kind: "facebook", value: profile.id, display: profile.name };
  const vars = { ...ctx.vars, agent: initials(ctx.agent) };
  const comment = ctx.variant === "comment";
  const post = random.pick(PAGE_POSTS);
  const threadKey = comment
    ? `demo-fb-comment-${post[0]}-${person.key}-${ctx.conversationNo}`
    : `demo-fb-thread-${person.key}-${ctx.conversationNo}`;
  const count = capRecent(
    ctx,
    ctx.long
      ? random.int(3, 5)
      : random.weighted([
          [1, 20],
          [2, 45],
          [3, 35],
        ]),
  );
  const times = threadTimes(random, ctx.start, count, ctx.now, [4, 8 * 60]);
  const messages: DemoMessage[] = times.map((at, i) => {
    const inbound = i % 2 === 0;
    const text = chatTurn(ctx, vars, i);
    const seq = ctx.nextSeq();
    return demoMessage({
      agent: ctx.agent,
      channel: "facebook",
      kind: "message",
      externalId: comment ? `demo-fb-comment-${person.key}-${seq}` : `demo-fb-m_${person.key}-${seq}`,
      threadKey,
      occurredAt: at,
      direction: inbound ? "inbound" : "outbound",
      name: profile.name,
      identities: [identity],
      text,
      metadata: comment
        ? {
            source: "page_comment",
            pageId: FACEBOOK_PAGE_ID,
            postId: post[0],
            postText: post[1],
            permalink: `https://www.facebook.com/${post[0]}?comment_id=${seq}`,
          }
        : { source: "messenger", pageId: FACEBOOK_PAGE_ID },
    });
  });
  return { threadKey, messages };
}
