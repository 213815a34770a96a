import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_REPLY_ATTACHMENT_BYTES, can } from "@emma/core";
import { writeAudit } from "../audit/write-audit.ts";
import { BodyTooLargeError, readRawBody } from "../http/read-body.ts";
import { sendError, sendJson } from "../http/send.ts";
import type { AppServices } from "../services.ts";
import { bearerToken } from "../trpc/context.ts";

/** A media type like application/pdf, without parameters; anything else is not a file's type. */
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/**
 * POST /uploads — a file an agent attaches to a reply, as the raw request body with its media type
 * as Content-Type. Kept once per sha256 beside the files Emma fetched; the answer names it, and the
 * reply refers to it by that name. Authenticated by the bearer token only (never a cookie), so
 * another site cannot make a signed-in browser upload. A file that is uploaded but never sent stays
 * an unreferenced kept file: no item names it, so no download serves it.
 */
export async function receiveUpload(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  const caller = token ? await services.sessions.authenticate(token) : null;
  if (!caller)
    return drain(request, () => sendError(response, 401, "unauthenticated", "Sign in to upload files"));
  if (!can(caller.role, "conversation.reply"))
    return drain(request, () =>
      sendError(response, 403, "forbidden", "Your role may not send replies, so it may not attach files"),
    );
  const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!MEDIA_TYPE.test(contentType) || contentType.startsWith("multipart/"))
    return drain(request, () =>
      sendError(
        response,
        415,
        "unsupported_media_type",
        "Send the file itself as the body, with its media type (e.g. application/pdf) as Content-Type",
      ),
    );
  const limit = Math.min(services.fileMaxBytes, MAX_REPLY_ATTACHMENT_BYTES);
  const declared = Number(request.headers["content-length"] ?? Number.NaN);
  // Refused before a byte is read when the size is declared; counted while reading when it is not.
  if (declared > limit) return drain(request, () => tooLarge(response, limit));
  let content: Buffer;
  try {
    content = await readRawBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge(response, limit);
    throw error;
  }
  if (content.length === 0) return sendError(response, 400, "empty", "The file is empty");
  const sha256 = createHash("sha256").update(content).digest("hex");
  const now = services.now();
  await services.database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("kept_files")
      .values({ sha256, content, content_type: contentType, size: content.length, fetched_at: now })
      .onConflict((conflict) => conflict.column("sha256").doNothing())
      .execute();
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "file.uploaded",
      subjectType: "kept_file",
      subjectId: null,
      details: { sha256, size: content.length, contentType },
      ip: request.socket.remoteAddress ?? null,
      at: now,
    });
  });
  sendJson(response, 201, { sha256, size: content.length, contentType });
}

function tooLarge(response: ServerResponse, limit: number): void {
  sendError(
    response,
    413,
    "too_large",
    `The file is larger than ${formatMegabytes(limit)}, the most one reply's file may be`,
  );
}

function formatMegabytes(bytes: number): string {
  return `${String(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** Answers after the body is read and dropped: answering mid-upload resets the sender's connection. */
function drain(request: IncomingMessage, answer: () => void): void {
  if (request.readableEnded) return answer();
  request.on("end", answer).resume();
}
