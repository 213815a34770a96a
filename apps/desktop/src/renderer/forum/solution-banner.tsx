import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useUiStore } from "../state/ui-store.ts";
import { solutionByline, solutionTitle } from "./forum-wording.ts";

/** Who answered the topic's question and how it begins; a click brings the answer into view. */
export function SolutionBanner({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const openItem = useUiStore((state) => state.openItem);
  const solution = conversation.communitySolution;
  if (!solution) return null;
  return (
    <button
      type="button"
      className={`forum-solution ${solution.byCommunity ? "by-community" : "by-staff"}`}
      title={t("forum.jumpToAnswer")}
      onClick={() =>
        openItem({
          eventId: solution.itemId,
          conversationId: conversation.id,
          customerId: conversation.customerId,
        })
      }
    >
      <strong className="forum-solution-title">{solutionTitle(solution, t)}</strong>
      <span className="forum-solution-byline small-text">{solutionByline(solution, t)}</span>
      {solution.excerpt ? <span className="forum-solution-excerpt">{solution.excerpt}</span> : null}
    </button>
  );
}
