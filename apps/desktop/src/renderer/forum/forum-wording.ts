import type { ItemRestore } from "@emma/core";
import type { TFunction } from "i18next";
import type { ConversationSummary, Customer360 } from "../api/router-types.ts";
import { formatDateTime } from "../ui/format.ts";

type Solution = NonNullable<ConversationSummary["communitySolution"]>;
type Reputation = NonNullable<Customer360["forumReputation"]>;

/** The banner's title: the community solved it, or our team did (said differently, on purpose). */
export function solutionTitle(solution: Pick<Solution, "byCommunity">, t: TFunction): string {
  return t(solution.byCommunity ? "forum.solvedByCommunity" : "forum.solvedByStaff");
}

/** "Akzeptierte Antwort von Bernd Vogel" / "Hilfreich – Antwort unseres Teams". */
export function solutionByline(solution: Pick<Solution, "how" | "authorName">, t: TFunction): string {
  const who = solution.authorName
    ? t("forum.answerBy", { name: solution.authorName })
    : t("forum.answerByUs");
  return `${t(`forum.how.${solution.how}`)} · ${who}`;
}

/** "38 Beiträge im Forum, 5 Lösungen für andere": posts always, the rest when there are any. */
export function reputationText(reputation: Reputation, t: TFunction): string {
  const parts: string[] = [t("forum.posts", { count: reputation.posts })];
  if (reputation.topicsStarted > 0) parts.push(t("forum.topics", { count: reputation.topicsStarted }));
  if (reputation.solutionsGiven > 0) parts.push(t("forum.solutions", { count: reputation.solutionsGiven }));
  if (reputation.helpfulGiven > 0) parts.push(t("forum.helpful", { count: reputation.helpfulGiven }));
  return parts.join(", ");
}

/** "gelöscht am … von der Moderation, wiederhergestellt am …": a post that was brought back. */
export function restoreText(restore: ItemRestore, t: TFunction, language: string): string {
  return t("forum.restored", {
    removedAt: formatDateTime(restore.at, language),
    by: t(`forum.removedBy.${restore.by}`),
    restoredAt: formatDateTime(restore.restoredAt, language),
  });
}

/** What the header says of a forum thread: public topic or private message, and closed or deleted. */
export function threadBadges(
  conversation: Pick<ConversationSummary, "publicThread" | "threadClosed" | "threadRemoved">,
  t: TFunction,
  language: string,
): { text: string; tone: "plain" | "warning" }[] {
  const badges: { text: string; tone: "plain" | "warning" }[] = [
    { text: t(conversation.publicThread ? "forum.publicTopic" : "forum.privateMessage"), tone: "plain" },
  ];
  if (conversation.threadRemoved)
    badges.push({
      text: t(`forum.topicRemoved.${conversation.threadRemoved.by}`, {
        date: formatDateTime(conversation.threadRemoved.at, language),
      }),
      tone: "warning",
    });
  else if (conversation.threadClosed) badges.push({ text: t("forum.topicClosed"), tone: "warning" });
  return badges;
}
