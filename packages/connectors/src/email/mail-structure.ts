import {
  headerValue,
  parseContentType,
  parseHeaderBlock,
  splitHeaderAndBody,
  type ContentType,
  type MailHeaders,
  type MailStructureFacts,
} from "@emma/core";
import { sesNotificationIn } from "./ses-notification.ts";
import { transferDecode } from "./transfer-decode.ts";

// Deeper or wider trees are not mail people write; stop reading structure there (the body still parses).
const MAX_DEPTH = 8;
const MAX_PARTS = 500;
// A copy of the returned mail's header sits near the top of a bounce's text.
const MAX_QUOTE_SCAN = 200_000;

export interface MailStructure {
  /** Top-level header fields, raw (encoded words not decoded). */
  headers: MailHeaders;
  facts: MailStructureFacts;
  /** Every charset a text part declares, lower-case. */
  charsets: string[];
}

/**
 * Reads the MIME tree itself, because mailparser flattens what a bounce needs: the delivery-status
 * part and the headers of the returned mail. Works on latin1 text, which maps bytes one to one.
 * Does not descend into attached messages: a forwarded bounce is not a bounce.
 */
export function readMailStructure(raw: Buffer): MailStructure {
  const { header } = splitHeaderAndBody(raw.toString("latin1"));
  const headers = parseHeaderBlock(header);
  const facts: MailStructureFacts = {
    contentType: parseContentType(headerValue(headers, "content-type")).type,
  };
  const charsets = new Set<string>();
  let parts = 0;
  let sawText = false;
  const visit = (entity: string, depth: number) => {
    parts++;
    const split = splitHeaderAndBody(entity);
    const fields = parseHeaderBlock(split.header);
    const declared = headerValue(fields, "content-type");
    const type =
      declared === undefined && depth === 0 ? lostMultipart(split.body) : parseContentType(declared);
    const content = () =>
      transferDecode(Buffer.from(split.body, "latin1"), headerValue(fields, "content-transfer-encoding"));
    const charset = type.params.get("charset");
    if (type.type.startsWith("text/") && charset) charsets.add(charset.toLowerCase());
    if (type.type === "multipart/report")
      facts.reportType ??= type.params.get("report-type")?.toLowerCase() ?? "";
    if (/^message\/(global-)?delivery-status$/.test(type.type))
      facts.deliveryStatus ??= content().toString("utf8");
    if (type.type === "message/feedback-report") {
      facts.feedbackType ??=
        headerValue(parseHeaderBlock(content().toString("utf8")), "feedback-type")?.toLowerCase() ?? "";
    }
    if (type.type === "text/plain" && !sawText) {
      sawText = true;
      const text = content().subarray(0, MAX_QUOTE_SCAN).toString("utf8");
      const quoted = /^Message-ID:[ \t]*(<[^<>\r\n]+>)/im.exec(text)?.[1];
      if (quoted !== undefined) facts.quotedMessageId = quoted;
      const report = depth === 0 ? sesNotificationIn(text) : undefined;
      if (report !== undefined) facts.providerReport = report;
    }
    if (/^(message\/(rfc822|global)|text\/rfc822-headers|message\/(global-)?headers)$/.test(type.type)) {
      facts.originalHeaders ??= splitHeaderAndBody(content().toString("latin1")).header.trimEnd();
    }
    const boundary = type.params.get("boundary");
    if (!type.type.startsWith("multipart/") || !boundary || depth >= MAX_DEPTH) return;
    for (const part of multipartBodies(split.body, boundary)) {
      if (parts >= MAX_PARTS) return;
      visit(part, depth + 1);
    }
  };
  visit(raw.toString("latin1"), 0);
  return { headers, facts, charsets: [...charsets] };
}

/**
 * A top-level entity without Content-Type is text/plain (RFC 2045 §5.2), but a relay that dropped the
 * header leaves a MIME body behind (a sendmail bounce seen so): a first `--boundary` line followed by
 * part headers is taken as multipart/mixed, for reading structure only.
 */
function lostMultipart(body: string): ContentType {
  const match = /^--([^\s]{1,200})[ \t]*\r?\n(?:\r?\n|[\w-]+:)/m.exec(body.slice(0, 20_000));
  const boundary = match?.[1];
  const next =
    match === null || boundary === undefined ? -1 : body.indexOf(`\n--${boundary}`, match.index + 2);
  if (boundary === undefined || next < 0) return parseContentType(undefined);
  return { type: "multipart/mixed", params: new Map([["boundary", boundary]]) };
}

/** The parts between `--boundary` lines (RFC 2046 §5.1.1); preamble and epilogue dropped. */
export function multipartBodies(body: string, boundary: string): string[] {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(?=\\r?\\n|$)`, "g");
  const bodies: string[] = [];
  let start: number | undefined;
  for (const match of body.matchAll(delimiter)) {
    if (start !== undefined) bodies.push(body.slice(start, match.index));
    if (match[1] === "--") return bodies;
    const end = match.index + match[0].length;
    start = end + (body.startsWith("\r\n", end) ? 2 : body.startsWith("\n", end) ? 1 : 0);
  }
  // No closing delimiter (a truncated mail): the last part runs to the end.
  if (start !== undefined) bodies.push(body.slice(start));
  return bodies;
}
