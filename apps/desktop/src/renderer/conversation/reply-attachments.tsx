import type { AttachmentRefusal } from "@emma/core";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../ui/format.ts";
import type { ReplyFile } from "./use-reply-attachments.ts";

interface ReplyAttachmentsProps {
  /** Whether this channel's replies carry files (e-mail only). */
  enabled: boolean;
  files: ReplyFile[];
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
}

/** The reply's files: a picker (files can also be dropped on the reply or pasted into it) and their state. */
export function ReplyAttachments({ enabled, files, onAdd, onRemove }: ReplyAttachmentsProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const refusal = (reason: AttachmentRefusal) => {
    switch (reason.kind) {
      case "too_many":
        return t("composer.refused.too_many", { max: reason.max });
      case "too_large":
        return t("composer.refused.too_large", { size: size(reason.maxBytes) });
      case "total_too_large":
        return t("composer.refused.total_too_large", { size: size(reason.maxBytes) });
      case "empty":
        return t("composer.refused.empty");
      default: {
        const unknown: never = reason;
        return unknown;
      }
    }
  };
  return (
    <div className="reply-attachments">
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t("composer.attach")}
        onChange={(event) => {
          onAdd([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      <button
        type="button"
        className="ghost small attach-button"
        disabled={!enabled}
        title={enabled ? t("composer.attachHint") : t("composer.attachOnlyEmail")}
        onClick={() => input.current?.click()}
      >
        {t("composer.attach")}
      </button>
      {!enabled ? <span className="muted small-text">{t("composer.attachOnlyEmail")}</span> : null}
      {files.length > 0 ? (
        <ul className="reply-files" aria-label={t("composer.attachments")}>
          {files.map((file) => (
            <li key={file.key} data-state={file.state}>
              <span className="file-name">{file.filename}</span>
              <span className="muted"> {size(file.size)}</span>
              {file.state === "uploading" ? (
                <span className="muted" role="status">
                  {" "}
                  {t("composer.uploading")}
                </span>
              ) : null}
              {file.state === "refused" ? (
                <span className="field-error" role="alert">
                  {" "}
                  {refusal(file.refusal)}
                </span>
              ) : null}
              {file.state === "failed" ? (
                <span className="field-error" role="alert">
                  {" "}
                  {t("composer.uploadFailed", { message: file.message })}
                </span>
              ) : null}
              <button
                type="button"
                className="ghost small"
                aria-label={t("composer.removeFile", { name: file.filename })}
                onClick={() => onRemove(file.key)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
