import { attachmentSchema, type Attachment } from "@emma/core";
import type { MessengerAttachment } from "./webhook-payload.ts";

/** What a Messenger attachment becomes: a file Emma fetches, or words in the text (links, places). */
export interface ReadAttachments {
  files: Attachment[];
  textParts: string[];
}

const FILE_TYPES = ["image", "video", "audio", "file"] as const;
type FileType = (typeof FILE_TYPES)[number];

// Messenger's CDN names files by id with the real extension (…_n.jpg, audioclip-….mp4) but sends no
// content type: it is derived from the extension, else from the attachment type.
const BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  m4a: "audio/mp4",
  aac: "audio/aac",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  wav: "audio/wav",
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

const BY_TYPE: Record<FileType, { contentType: string; extension: string }> = {
  image: { contentType: "image/jpeg", extension: "jpg" },
  // Voice clips arrive as MP4 audio.
  audio: { contentType: "audio/mp4", extension: "mp4" },
  video: { contentType: "video/mp4", extension: "mp4" },
  file: { contentType: "application/octet-stream", extension: "bin" },
};

export function readAttachments(attachments: readonly MessengerAttachment[] | undefined): ReadAttachments {
  const files: Attachment[] = [];
  const textParts: string[] = [];
  for (const [index, attachment] of (attachments ?? []).entries()) {
    const url = attachment.payload?.url ?? attachment.url;
    if (isFileType(attachment.type) && url && isHttpUrl(url)) {
      files.push(fileAttachment(attachment.type, url, index));
      continue;
    }
    const coordinates = attachment.payload?.coordinates;
    if (attachment.type === "location" && coordinates) {
      textParts.push(`📍 ${coordinates.lat}, ${coordinates.long}`);
      continue;
    }
    // "fallback": a shared link; "template": a card the Page sent. Keep what a reader can follow.
    const title = attachment.title ?? attachment.payload?.title;
    const words = [title, url].filter((part): part is string => Boolean(part));
    if (words.length > 0) textParts.push(words.join(" "));
  }
  return { files, textParts };
}

function fileAttachment(type: FileType, url: string, index: number): Attachment {
  const fromPath = lastSegment(url);
  const extension = fromPath?.split(".").pop()?.toLowerCase();
  const known = extension !== undefined && fromPath?.includes(".") ? BY_EXTENSION[extension] : undefined;
  const fallback = BY_TYPE[type];
  return {
    filename: known && fromPath ? fromPath : `${type}-${index + 1}.${fallback.extension}`,
    contentType: known ?? fallback.contentType,
    // Unknown until the API fetches the file.
    size: 0,
    url,
  };
}

function lastSegment(url: string): string | undefined {
  try {
    const segment = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    return segment.length > 0 && segment.length <= 200 ? segment : undefined;
  } catch {
    return undefined;
  }
}

function isFileType(type: string): type is FileType {
  return (FILE_TYPES as readonly string[]).includes(type);
}

/** Only what core's attachment schema takes as a URL; anything else stays readable in the text. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && attachmentSchema.shape.url.safeParse(url).success;
}
