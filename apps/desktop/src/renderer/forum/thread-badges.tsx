import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { threadBadges } from "./forum-wording.ts";

/** A forum conversation's kind (public topic or private message) and whether it is closed or deleted. */
export function ThreadBadges({ conversation }: { conversation: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  if (conversation.channel !== "forum") return null;
  return (
    <>
      {threadBadges(conversation, t, i18n.language).map((badge) => (
        <span key={badge.text} className={`tag forum-thread-badge ${badge.tone}`}>
          {badge.text}
        </span>
      ))}
    </>
  );
}
