import type { FakeDiscourse, ForumUser } from "@emma/connectors/simulators";
import { DEMO_FORUM_TOPICS, type MemberRef } from "./demo-forum-topics.ts";

/** The demo customers' forum accounts in the fake, by username. */
export type DemoMembers = Map<string, ForumUser>;

const HOUR = 60 * 60 * 1000;

/** A hero by username, or the n-th member who is no hero. */
export function memberOf(members: DemoMembers, ref: MemberRef): ForumUser | undefined {
  if (!ref.startsWith("member:")) return members.get(ref);
  const heroes = new Set<string>(["anna_s", "elektro_weiss", "aylin.y", "emily_c", "frank_b"]);
  const others = [...members.values()].filter((user) => !heroes.has(user.username));
  return others[Number(ref.slice("member:".length)) % Math.max(others.length, 1)];
}

/**
 * Writes the demo topics into the fake (call it inside `quietly`: they are history for the
 * connector's catch-up). Returns what Discourse only reports by webhook — the asker's likes — to
 * run once the webhook is registered.
 */
export function seedDemoForum(forum: FakeDiscourse, members: DemoMembers, now = new Date()): () => void {
  const likes: { postId: number; by: ForumUser }[] = [];
  const categories = new Map<string, number>();
  const staff = [...forum.state.users.values()].find((user) => user.admin && user.id > 0);
  for (const topic of DEMO_FORUM_TOPICS) {
    const [question, ...answers] = topic.posts;
    const asker = memberOf(members, question.by);
    if (!asker) continue;
    let category = categories.get(topic.category);
    if (category === undefined) {
      category = forum.createCategory(topic.category).id;
      categories.set(topic.category, category);
    }
    const start = now.getTime() - topic.hoursAgo * HOUR;
    const { topic: created } = forum.createTopic(asker, {
      title: topic.title,
      raw: question.raw,
      category,
      ...(topic.private && staff ? { private: [staff] } : {}),
      at: new Date(start),
    });
    answers.forEach((answer, index) => {
      const author = memberOf(members, answer.by);
      if (!author) return;
      const at = new Date(start + ((index + 1) * topic.hoursAgo * HOUR) / (answers.length + 1));
      const post = forum.reply(author, created.id, answer.raw, { at });
      if (answer.accepted) forum.accept(post.id, asker);
      if (answer.likedByAsker) likes.push({ postId: post.id, by: asker });
    });
  }
  return () => {
    for (const like of likes) forum.like(like.postId, like.by);
  };
}
