import {
  headerValue,
  parseContentType,
  parseHeaderBlock,
  splitHeaderAndBody,
  type MailHeaders,
  type MailStructureFacts,
} from "@emma/core";
import { transferDecode } from "./transfer-decode.ts";

// Deeper or wider trees are not mail people write; stop reading structure there (the body still parses).
const MAX_DEPTH = 8;
const MAX_PARTS = 500;

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
  const visit = (entity: string, depth: number) => {
    parts++;
    const split = splitHeaderAndBody(entity);
    const fields = parseHeaderBlock(split.header);
    const type = parseContentType(headerValue(fields, "content-type"));
    const content = () =>
      transferDecode(Buffer.from(split.body, "latin1"), headerValue(fields, "content-transfer-encoding"));
    const charset = type.params.get("charset");
    if (type.type.startsWith("text/") && charset) charsets.add(charset.toLowerCase());
    if (type.type === "multipart/report") facts.reportType ??= type.params.get("report-type")?.toLowerCase();
    if (/^message\/(global-)?delivery-status$/.test(type.type))
      facts.deliveryStatus ??= content().toString("utf8");
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
