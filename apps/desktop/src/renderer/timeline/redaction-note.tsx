import type { Redaction } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";

/**
 * Why an item has no text: the person's erasure or the end of its retention period, so nobody
 * reads an empty bubble as a lost message. What stayed (time, channel, duration) is on the item.
 */
export function RedactionNote({ redaction }: { redaction: Redaction }) {
  const { t, i18n } = useTranslation();
  const when = formatDateTime(redaction.at, i18n.language);
  return (
    <p className="redaction-note small-text">
      {t(`timeline.redacted.${redaction.cause}`, { when })}
      {redaction.attachments > 0 ? ` ${t("timeline.redacted.files", { count: redaction.attachments })}` : ""}
    </p>
  );
}
