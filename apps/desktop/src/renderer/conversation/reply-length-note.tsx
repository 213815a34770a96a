import type { Channel } from "@emma/core";
import { useTranslation } from "react-i18next";
import type { ReplyCheck } from "./reply-check.ts";

interface ReplyLengthNoteProps {
  channel: Channel;
  check: ReplyCheck;
  draftSaved: boolean;
}

/**
 * Beside the send button: for a public X reply a live count by X's weighting ("n / 280", red past
 * the limit); elsewhere a word only when the text is too long, or that the draft is saved.
 */
export function ReplyLengthNote({ channel, check, draftSaved }: ReplyLengthNoteProps) {
  const { t } = useTranslation();
  const { length } = check;
  if (length?.count === "x-weighted") {
    return (
      <span className={`x-count small-text${check.tooLong ? " over" : ""}`} aria-live="polite">
        {t("social.xCount", { n: length.actual, limit: length.limit })}
        {check.tooLong ? ` – ${t("social.xTooLong")}` : ""}
      </span>
    );
  }
  return (
    <span className="muted small-text" aria-live="polite">
      {check.tooLong && length
        ? t("conversation.tooLong", { channel: t(`channels.${channel}`), limit: length.limit })
        : draftSaved
          ? t("conversation.draftSaved")
          : ""}
    </span>
  );
}
