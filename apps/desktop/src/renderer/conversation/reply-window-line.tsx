import { useTranslation } from "react-i18next";
import type { ReplyWindowView } from "../api/router-types.ts";
import { formatDateTime } from "../ui/format.ts";

/** Meta's window for this answer: open until when, or closed since when and why nothing can go. */
export function ReplyWindowLine({ window }: { window: ReplyWindowView }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  switch (window.kind) {
    case "none":
      return null;
    case "response":
    case "human_agent":
    case "private_reply":
      return (
        <p className="reply-window muted small-text">
          {t(`social.window.${window.kind}`, { date: date(window.closesAt) })}
        </p>
      );
    case "closed": {
      const text =
        window.since === null
          ? t("social.window.closedNever")
          : window.rule === "private_reply"
            ? t("social.window.closedPrivateReply", { date: date(window.since) })
            : window.humanAgentEnabled
              ? t("social.window.closedHumanAgent", { date: date(window.since) })
              : t("social.window.closedMessenger", { date: date(window.since) });
      return (
        <p className="reply-window closed small-text" role="alert">
          {text}
        </p>
      );
    }
    default: {
      const unreachable: never = window;
      return unreachable;
    }
  }
}
