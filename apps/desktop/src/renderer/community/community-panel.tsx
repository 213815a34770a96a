import { canReplyInWriting, communityLinkText } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary, RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { formatDate } from "../ui/format.ts";
import { insertCommunityLink, useCommunityLinkStore } from "./community-link-store.ts";
import { replyLocale } from "./reply-with-link.ts";

type CommunityTopic = RouterOutputs["community"]["suggestions"]["topics"][number];

/**
 * Forum topics about what the customer asks, beside the thread on every channel; nothing at all
 * when there are none. Each topic's button inserts its link; `c` inserts the chosen one: the first,
 * or the one whose button the agent used last. Links are written in the customer's language.
 */
export function CommunityPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const suggestions = useQuery(
    trpc.community.suggestions.queryOptions({ conversationId: conversation.id }, { staleTime: 60_000 }),
  );
  // Already loaded for the customer pane: the same query, no second request.
  const customerId = conversation.customerId;
  const customer = useQuery(
    trpc.customers.get.queryOptions({ customerId: customerId ?? "" }, { enabled: customerId !== null }),
  );
  const topics = suggestions.data?.topics ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = topics.find((topic) => topic.conversationId === chosenId) ?? topics[0] ?? null;
  const locale = replyLocale(customer.data?.locale, me?.locale ?? "de");
  const writable = canReplyInWriting(conversation.channel);
  const linkOf = (topic: CommunityTopic) =>
    topic.url === null
      ? null
      : communityLinkText(locale, { title: topic.title, url: topic.url, solved: topic.solved });
  const chosenLink = chosen && writable ? linkOf(chosen) : null;

  const choose = useCommunityLinkStore((state) => state.choose);
  useEffect(() => {
    choose(chosenLink === null ? null : { conversationId: conversation.id, text: chosenLink });
    return () => choose(null);
  }, [choose, chosenLink, conversation.id]);

  if (topics.length === 0) return null;
  return (
    <section className="community-panel" aria-labelledby="community-title">
      <h2 id="community-title" className="community-title">
        {t("community.title")}
        {chosenLink !== null ? (
          <span className="muted small-text">
            {" "}
            {t("community.keyHint")} <kbd>c</kbd>
          </span>
        ) : null}
      </h2>
      <ol className="community-topics">
        {topics.map((topic) => {
          const link = writable ? linkOf(topic) : null;
          const isChosen = topic.conversationId === chosen?.conversationId;
          return (
            <li key={topic.conversationId} className={`community-topic${isChosen ? " chosen" : ""}`}>
              <div className="community-topic-head">
                {topic.solved ? <span className="community-solved">{t("community.solved")}</span> : null}
                {topic.url === null ? (
                  <span className="community-topic-title" title={topic.title}>
                    {topic.title}
                  </span>
                ) : (
                  <a
                    className="community-topic-title"
                    title={topic.title}
                    href={topic.url}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {topic.title}
                  </a>
                )}
                <span className="community-facts muted small-text">
                  {t("community.facts", {
                    count: topic.postCount,
                    date: formatDate(topic.lastActivityAt, i18n.language),
                  })}
                </span>
                {link !== null ? (
                  <button
                    type="button"
                    className="community-insert"
                    aria-pressed={isChosen}
                    onClick={() => {
                      setChosenId(topic.conversationId);
                      insertCommunityLink(conversation.id, link);
                    }}
                  >
                    {t("community.insert")}
                  </button>
                ) : null}
              </div>
              {topic.answer ? (
                <p className="community-answer" title={topic.answer.excerpt}>
                  <span className="muted">
                    {t("community.answerBy", { name: topic.answer.authorName ?? t("common.unknown") })}
                  </span>{" "}
                  {topic.answer.excerpt}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
