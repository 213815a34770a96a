import { useSessionStore } from "../auth/session-store.ts";
import { FileRefusal } from "./fetch-file.ts";

/** A file the API keeps for a reply, named by its content. */
export interface UploadedFile {
  sha256: string;
  size: number;
  contentType: string;
}

/**
 * Uploads a file for a reply (POST /uploads) with the session's bearer token, the file as the body
 * and its type as Content-Type. A refusal (too large, signed out) carries the API's sentence.
 */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<UploadedFile> {
  const token = useSessionStore.getState().token;
  const response = await fetch(`${window.location.origin}/uploads`, {
    method: "POST",
    headers: {
      "content-type": mediaTypeOf(file),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: file,
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json().catch(() => null)) as
    (UploadedFile & { error?: { code?: string; message?: string } }) | null;
  if (response.ok && body) return { sha256: body.sha256, size: body.size, contentType: body.contentType };
  throw new FileRefusal(
    response.status,
    body?.error?.code ?? "error",
    body?.error?.message ?? response.statusText,
  );
}

/** The browser's guess from the name; a file it cannot place is sent as bytes. */
export function mediaTypeOf(file: { type: string }): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(file.type) ? file.type : "application/octet-stream";
}
