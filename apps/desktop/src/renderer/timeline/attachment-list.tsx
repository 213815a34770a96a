import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FileRefusal, fetchFile, saveBlob } from "../files/fetch-file.ts";
import { formatBytes } from "../ui/format.ts";
import { AttachmentState } from "./attachment-state.tsx";
import type { ListedAttachment } from "./item-metadata.ts";

interface AttachmentListProps {
  itemId: string;
  attachments: ListedAttachment[];
}

/**
 * An item's files, each a download button: fetched with the session, saved under its own name. A
 * file Emma is still fetching from the provider, or could not keep, says so instead.
 */
export function AttachmentList({ itemId, attachments }: AttachmentListProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const download = async (index: number, filename: string) => {
    setBusy(index);
    setError(null);
    try {
      saveBlob(await fetchFile(`/attachments/${itemId}/${String(index)}`), filename);
    } catch (reason) {
      if (reason instanceof FileRefusal && reason.code === "removed_by_retention")
        setError(t("retention.fileRemoved"));
      else setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="attachments">
      <ul aria-label={t("timeline.attachments")}>
        {attachments.map((file) => (
          <li key={`${String(file.index)}-${file.filename}`} data-availability={file.availability.kind}>
            {file.availability.kind === "available" ? (
              <button
                type="button"
                className="link-button"
                disabled={busy === file.index}
                onClick={() => void download(file.index, file.filename)}
                aria-label={t("timeline.downloadAttachment", { name: file.filename })}
              >
                📎 {file.filename}
              </button>
            ) : (
              <span>📎 {file.filename}</span>
            )}
            {file.size !== undefined ? (
              <span className="muted"> {formatBytes(file.size, i18n.language)}</span>
            ) : null}
            <AttachmentState availability={file.availability} />
          </li>
        ))}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
