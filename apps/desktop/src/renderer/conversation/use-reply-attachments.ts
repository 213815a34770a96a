import { refuseAttachment, type AttachmentRefusal, type ReplyAttachment } from "@emma/core";
import { useCallback, useRef, useState } from "react";
import { mediaTypeOf, uploadFile } from "../files/upload-file.ts";

/** A file on the reply being written: uploading, ready to send, or refused with the reason. */
export type ReplyFile = { key: string; filename: string; size: number } & (
  | { state: "uploading" }
  | { state: "ready"; attachment: ReplyAttachment }
  | { state: "refused"; refusal: AttachmentRefusal }
  | { state: "failed"; message: string }
);

/**
 * Files the agent adds (picker, drop or paste) are checked against the limits before a byte is
 * sent, then uploaded at once, so sending the reply waits for nothing but the reply itself.
 */
export function useReplyAttachments(maxFileBytes: number) {
  const [files, setFiles] = useState<ReplyFile[]>([]);
  // The list as of the last add, so two adds in one tick both count against the limits.
  const current = useRef<ReplyFile[]>([]);
  const counter = useRef(0);

  const update = useCallback((change: (files: ReplyFile[]) => ReplyFile[]) => {
    current.current = change(current.current);
    setFiles(current.current);
  }, []);

  const add = useCallback(
    (picked: readonly File[]) => {
      for (const file of picked) {
        counter.current += 1;
        const key = `file-${String(counter.current)}`;
        const base = { key, filename: file.name, size: file.size };
        const counted = current.current.filter((one) => one.state === "uploading" || one.state === "ready");
        const refusal = refuseAttachment(counted, file, maxFileBytes);
        if (refusal) {
          update((now) => [...now, { ...base, state: "refused", refusal }]);
          continue;
        }
        update((now) => [...now, { ...base, state: "uploading" }]);
        const settle = (next: ReplyFile) => update((now) => now.map((one) => (one.key === key ? next : one)));
        uploadFile(file).then(
          (kept) =>
            settle({
              ...base,
              size: kept.size,
              state: "ready",
              attachment: {
                sha256: kept.sha256,
                size: kept.size,
                contentType: mediaTypeOf(file),
                filename: file.name,
              },
            }),
          (error: unknown) =>
            settle({
              ...base,
              state: "failed",
              message: error instanceof Error ? error.message : String(error),
            }),
        );
      }
    },
    [maxFileBytes, update],
  );

  const remove = useCallback(
    (key: string) => update((now) => now.filter((one) => one.key !== key)),
    [update],
  );
  const clear = useCallback(() => update(() => []), [update]);
  const ready = files.flatMap((one) => (one.state === "ready" ? [one.attachment] : []));
  const uploading = files.some((one) => one.state === "uploading");
  return { files, ready, uploading, add, remove, clear };
}
