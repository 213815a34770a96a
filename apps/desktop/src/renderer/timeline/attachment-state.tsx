import type { AttachmentAvailability } from "@emma/core";
import { useTranslation } from "react-i18next";
import { localeOf } from "../ui/format.ts";

/** Why a file named by a link cannot be downloaded (yet), in the agent's language. */
export function AttachmentState({ availability }: { availability: AttachmentAvailability }) {
  const { t, i18n } = useTranslation();
  switch (availability.kind) {
    case "available":
      return null;
    case "pending":
      return <span className="muted attachment-state"> · {t("timeline.fileFetching")}</span>;
    case "failed": {
      const { reason, httpStatus, maxBytes } = availability.failure;
      return (
        <span className="attachment-state failed">
          {" "}
          ·{" "}
          {t(`timeline.fileFailed.${reason}`, {
            status: httpStatus ?? "",
            size: maxBytes === undefined ? "" : mebibytes(maxBytes, i18n.language),
          })}
        </span>
      );
    }
    default: {
      const unknown: never = availability;
      return unknown;
    }
  }
}

/** Size limits are binary (25 MiB), as Messenger's own; said as "25 MB" like the API's message. */
function mebibytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes / 1024 / 1024);
}
