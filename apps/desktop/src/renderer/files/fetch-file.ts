import { useSessionStore } from "../auth/session-store.ts";

/** What the API said when it would not hand out a file: its stable code and its sentence. */
export class FileRefusal extends Error {
  override readonly name = "FileRefusal";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A customer file (attachment, recording) from the API with the session's bearer token: files are
 * customer data, so a plain link (which sends no token) cannot fetch them.
 */
export async function fetchFile(path: string, signal?: AbortSignal): Promise<Blob> {
  const token = useSessionStore.getState().token;
  const response = await fetch(`${window.location.origin}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    ...(signal ? { signal } : {}),
  });
  if (response.ok) return response.blob();
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  throw new FileRefusal(
    response.status,
    body?.error?.code ?? "error",
    body?.error?.message ?? response.statusText,
  );
}

/** Saves a blob under its name, the way a browser download does (Electron asks where to save). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // The click has handed the blob to the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
