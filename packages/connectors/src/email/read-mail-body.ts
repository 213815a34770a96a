import { simpleParser, type ParsedMail, type SimpleParserOptions } from "mailparser";

/**
 * One set of options for parsing and for attachment download, so attachment indexes agree. Every
 * rendering mailparser offers is off: the API sanitizes the raw HTML, cid: links stay for the API to
 * rewrite, and html-to-text is core's (one rendering for search across all channels).
 */
export const MAILPARSER_OPTIONS: SimpleParserOptions = {
  keepCidLinks: true,
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  checksumAlgo: "sha256",
};

/** mailparser's reading of the mail, or the reason it gave up (the caller still makes a message of it). */
export async function readMailBody(
  raw: Buffer,
): Promise<{ ok: true; mail: ParsedMail } | { ok: false; error: string }> {
  try {
    return { ok: true, mail: await simpleParser(raw, MAILPARSER_OPTIONS) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The mail from where its header starts. Some exports and gateways put blank lines before the
 * header; read as they are, the first one ends an empty header and the whole mail becomes body.
 */
export function mailSource(raw: Buffer): Buffer {
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (byte === 0x0a) start = i + 1;
    else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) break;
  }
  return start === 0 ? raw : raw.subarray(start);
}
