import type { RawIdentity } from "@emma/core";
import { toAscii } from "./ascii.ts";
import { FORUM_SITE, type DemoPerson } from "./person.ts";
import { forumThanks } from "./phrases.ts";
import { fill } from "./template.ts";
import { capitalize, cycle, demoMessage, threadTimes, type Thread, type ThreadContext } from "./thread.ts";
import type { TopicId } from "./topics.ts";

const CATEGORIES: Readonly<Record<TopicId, string>> = {
  card_blocked: "Karten & Zahlungen",
  sepa_missing: "Karten & Zahlungen",
  transfer_recall: "Karten & Zahlungen",
  statements_missing: "Konto",
  fees_complaint: "Konto",
  address_change: "Konto",
  login_tan: "Online-Banking & App",
  app_crash: "Online-Banking & App",
  etf_savings_plan: "Sparen & Anlegen",
  loan_question: "Finanzieren",
};

function forumIdentity(person: DemoPerson): RawIdentity {
  if (!person.forum) throw new Error(`${person.key} has no forum account`);
  return { kind: "forum", value: person.forum.id, site: FORUM_SITE, display: person.forum.username };
}

type Post = "community" | "staff" | "thanks";

/** Discourse's URL slug: "Karte gesperrt – dringend!" → "karte-gesperrt-dringend". */
function topicSlug(title: string): string {
  const slug = toAscii(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 50) || "topic";
}

/**
 * A community topic: the customer asks, other community members (other demo customers, passed in as
 * `members`) answer, sometimes our team replies, and the customer says thanks. Discourse post numbers
 * are per topic; topic ids are unique per customer and conversation.
 */
export function forumThread(ctx: ThreadContext, members: readonly DemoPerson[]): Thread {
  const { person, random, vars } = ctx;
  const starter = forumIdentity(person);
  // Sixteen topic ids per customer; planConversations makes at most fifteen conversations.
  if (ctx.conversationNo >= 16)
    throw new RangeError(`${person.key} has too many conversations for unique topic ids`);
  const topicId = 10_000 + person.index * 16 + ctx.conversationNo;
  const variant = random.int(0, ctx.text.openings.length - 1);
  const title = fill(cycle(ctx.text.subjects, variant), vars);
  const threadKey = `demo-forum-topic-${topicId}`;
  const posts: Post[] = members.map((): Post => "community");
  if (ctx.long || random.chance(0.5)) posts.splice(random.int(0, posts.length), 0, "staff");
  if (random.chance(0.4)) posts.push("thanks");
  const times = threadTimes(random, ctx.start, posts.length + 1, ctx.now, [10, 2 * 24 * 60]);
  const greeting = ctx.locale === "de" ? "Hallo zusammen," : "Hi all,";
  const firstPost = `${greeting}\n\n${capitalize(fill(cycle(ctx.text.openings, variant), vars))}`;
  const community = random.sample(ctx.text.community, ctx.text.community.length);
  let memberIndex = 0;
  const messages = times.map((at, i) => {
    const kind: Post | "question" = i === 0 ? "question" : (posts[i - 1] ?? "thanks");
    const member = kind === "community" ? members[memberIndex] : undefined;
    const author = member ?? person;
    const text =
      kind === "question"
        ? firstPost
        : kind === "community"
          ? fill(cycle(community, memberIndex++), vars)
          : kind === "staff"
            ? `${ctx.locale === "de" ? "Hallo" : "Hi"} @${person.forum?.username ?? ""},\n\n${capitalize(fill(cycle(ctx.text.replies, variant), vars))}`
            : forumThanks(random, ctx.locale);
    const postNumber = i + 1;
    const post = demoMessage({
      agent: ctx.agent,
      channel: "forum",
      kind: "forum_post",
      externalId: `demo-forum-post-${topicId}-${postNumber}`,
      threadKey,
      occurredAt: at,
      // Our team's post is "outbound"; its author is the member the thread is with.
      direction: kind === "staff" ? "outbound" : "inbound",
      name: author.forum?.username,
      identities: [kind === "staff" ? starter : forumIdentity(author)],
      subject: title,
      text,
      metadata: {
        topicId,
        postNumber,
        category: CATEGORIES[ctx.topic],
        url: `https://${FORUM_SITE}/t/${topicSlug(title)}/${topicId}/${postNumber}`,
        ...(kind === "staff" ? { postedBy: `Emma Team (${ctx.agent})` } : {}),
      },
    });
    // A forum topic is read by everyone, unlike a private message.
    return { ...post, publicThread: true };
  });
  return { threadKey, messages };
}
