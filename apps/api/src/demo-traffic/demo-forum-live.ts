import type { FakeDiscourse, ForumTopic, ForumUser } from "@emma/connectors/simulators";
import type { DemoMembers } from "./demo-forum-seed.ts";

const QUESTIONS = [
  ["Sparplan pausieren?", "Kann man einen ETF-Sparplan für ein paar Monate aussetzen, ohne ihn zu kündigen?"],
  ["Push-TAN auf neuem Handy", "Ich habe ein neues Smartphone. Wie ziehe ich die Push-TAN-App um?"],
  ["Card abroad", "Does the debit card work in the US without extra fees? Anyone tried it recently?"],
] as const;
const ANSWERS = [
  "Hatte ich auch – in der App unter Einstellungen findest du das, dauert keine zwei Minuten.",
  "Same here, it worked for me after switching the card's region to worldwide in the app.",
] as const;

let live: { topic: ForumTopic; asker: ForumUser; answerId?: number } | undefined;

/**
 * One step of the demo's live forum, through the fake and its signed webhooks: a member asks, a
 * round later another one answers, and then the asker accepts that answer.
 */
export function liveForumStep(forum: FakeDiscourse, members: DemoMembers, round: number): void {
  const people = [...members.values()];
  if (people.length < 2) return;
  const asker = people[(round * 3) % people.length];
  const helper = people[(round * 3 + 1) % people.length];
  if (!asker || !helper) return;
  if (!live || round % 3 === 0) {
    const question = QUESTIONS[round % QUESTIONS.length] ?? QUESTIONS[0];
    live = { topic: forum.createTopic(asker, { title: question[0], raw: question[1] }).topic, asker };
    return;
  }
  if (live.answerId === undefined) {
    const answerer = helper.id === live.asker.id ? asker : helper;
    live.answerId = forum.reply(answerer, live.topic.id, ANSWERS[round % ANSWERS.length] ?? ANSWERS[0]).id;
    return;
  }
  forum.accept(live.answerId, live.asker);
  live = undefined;
}
