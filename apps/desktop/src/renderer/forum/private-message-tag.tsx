import type { Channel } from "@emma/core";
import { useTranslation } from "react-i18next";

/** Beside a forum conversation's channel wherever it is listed: a private message is no public topic. */
export function PrivateMessageTag({ channel, publicThread }: { channel: Channel; publicThread: boolean }) {
  const { t } = useTranslation();
  if (channel !== "forum" || publicThread) return null;
  return <span className="tag forum-thread-badge private-message">{t("forum.privateMessage")}</span>;
}
