import type { ConversationStatus } from "@emma/core";
import { useTranslation } from "react-i18next";

export function StatusPill({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return <span className={`status-pill status-${status}`}>{t(`statuses.${status}`)}</span>;
}
