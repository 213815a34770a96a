import { describe, expect, it } from "vitest";
import { MAX_REPLY_ATTACHMENT_BYTES, refuseAttachment, replyAttachmentsSchema } from "./reply-attachment.ts";

const MB = 1024 * 1024;
const file = (size: number) => ({
  sha256: "a".repeat(64),
  filename: "a.pdf",
  contentType: "application/pdf",
  size,
});

describe("files on an e-mail reply", () => {
  it("refuses a file over the server's limit before it is uploaded", () => {
    expect(refuseAttachment([], { size: 6 * MB }, 5 * MB)).toEqual({ kind: "too_large", maxBytes: 5 * MB });
    expect(refuseAttachment([], { size: 5 * MB }, 5 * MB)).toBeNull();
  });

  it("refuses a file that would take the mail over its total", () => {
    expect(refuseAttachment([{ size: 15 * MB }], { size: 6 * MB }, 25 * MB)).toEqual({
      kind: "total_too_large",
      maxBytes: MAX_REPLY_ATTACHMENT_BYTES,
    });
    expect(refuseAttachment([{ size: 15 * MB }], { size: 5 * MB }, 25 * MB)).toBeNull();
  });

  it("refuses an empty file and an eleventh one", () => {
    expect(refuseAttachment([], { size: 0 }, MB)).toEqual({ kind: "empty" });
    expect(
      refuseAttachment(
        Array.from({ length: 10 }, () => ({ size: 1 })),
        { size: 1 },
        MB,
      ),
    ).toEqual({
      kind: "too_many",
      max: 10,
    });
  });

  it("is checked again by the reply's contract, whatever the console did", () => {
    expect(replyAttachmentsSchema.safeParse([file(10 * MB), file(10 * MB)]).success).toBe(true);
    const over = replyAttachmentsSchema.safeParse([file(10 * MB), file(10 * MB + 1)]);
    expect(over.error?.issues[0]?.message).toBe("The files of one reply may be 20 MB together at most");
    expect(replyAttachmentsSchema.safeParse([{ ...file(1), filename: "../x" }]).success).toBe(false);
  });
});
