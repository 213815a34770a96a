import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { reputationText } from "./forum-wording.ts";

/** The customer's standing in the forum in plain words; nothing for a customer without an account. */
export function ForumReputationLine({ reputation }: { reputation: Customer360["forumReputation"] }) {
  const { t } = useTranslation();
  if (!reputation) return null;
  return (
    <p className="forum-reputation small-text">
      <span className="muted">{t("forum.reputationLabel")}: </span>
      {reputationText(reputation, t)}
    </p>
  );
}
