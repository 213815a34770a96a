import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { dedupeKeyOf } from "./dedupe-key.ts";
import { splitMbox } from "./mbox.ts";

const collect = async (source: Buffer | AsyncIterable<Uint8Array>) => {
  const mails: string[] = [];
  for await (const mail of splitMbox(source)) mails.push(mail.toString("latin1"));
  return mails;
};

const mbox = [
  "From anna@example.de Mon Nov  2 09:15:00 2026",
  "From: anna@example.de",
  "Message-ID: <one@example.de>",
  "",
  "Hallo",
  ">From the start, mboxrd escaped this line",
  ">>From a quote",
  "",
  "From MAILER-DAEMON Mon Nov  2 09:16:00 2026",
  "From: bert@example.de",
  "",
  "Zweite\r",
  "",
].join("\n");

describe("splitMbox", () => {
  it("splits at From lines and unescapes >From", async () => {
    expect(await collect(Buffer.from(mbox))).toEqual([
      "From: anna@example.de\nMessage-ID: <one@example.de>\n\nHallo\nFrom the start, mboxrd escaped this line\n>From a quote\n",
      "From: bert@example.de\n\nZweite\r\n",
    ]);
  });

  it("reads a stream in chunks that cut lines anywhere", async () => {
    const bytes = Buffer.from(mbox);
    const chunks = Readable.from(
      Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7)),
    );
    expect(await collect(chunks)).toEqual(await collect(bytes));
  });

  it("passes a single .eml through byte for byte, From lines in the body included", async () => {
    const eml = Buffer.from("From: anna@example.de\r\n\r\nText\r\n\r\nFrom here on: more\r\n\r\n", "latin1");
    const [only, ...rest] = await collect(eml);
    expect(rest).toEqual([]);
    expect(Buffer.from(only ?? "", "latin1").equals(eml)).toBe(true);
  });
});

describe("dedupeKeyOf", () => {
  it("is the digest of the bytes: a Message-ID two different mails share does not make them one", () => {
    const first = Buffer.from("Message-ID: <A@Example.DE>\r\n\r\nx");
    expect(dedupeKeyOf(first)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dedupeKeyOf(Buffer.from(first))).toBe(dedupeKeyOf(first));
    expect(dedupeKeyOf(Buffer.from("Message-ID: <A@Example.DE>\r\n\r\ny"))).not.toBe(dedupeKeyOf(first));
  });
});
