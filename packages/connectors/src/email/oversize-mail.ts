import type { MessageStructureObject } from "imapflow";

/** Marks a mail Emma stored without its attachments because it was over the mailbox's size limit. */
export const OVERSIZE_HEADER = "X-Emma-Oversize";

const MIME_FIELDS = /^(content-type|content-transfer-encoding|mime-version|x-emma-oversize):/i;

export interface OversizeFacts {
  /** The mail's own header block as the server returned it. */
  headers: Buffer;
  /** Its first text part, decoded, if it has one. */
  text: string | undefined;
  size: number;
  limit: number;
  mailbox: string;
  uid: number;
  files: string[];
}

/**
 * What is stored for a mail over the size limit: its own headers (so threading, dedupe and the
 * customer are as for any mail), its text, and a note naming the files left on the mail server.
 * Nothing is lost: the whole mail stays in the mailbox, read-only to Emma.
 */
export function oversizeStub(facts: OversizeFacts): Buffer {
  const fields = unfold(facts.headers.toString("utf8")).filter((field) => !MIME_FIELDS.test(field));
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const note = [
    `[Emma: this mail (${megabytes(facts.size)} MB) is larger than the ${megabytes(facts.limit)} MB limit of this mailbox.`,
    `Its attachments were not stored: ${facts.files.length > 0 ? facts.files.join(", ") : "none named"}.`,
    `The whole mail stays on the mail server in "${facts.mailbox}" (UID ${String(facts.uid)}).]`,
  ].join("\n");
  const body = facts.text ? `${facts.text.trimEnd()}\n\n${note}` : note;
  return Buffer.from(
    [
      ...fields,
      `${OVERSIZE_HEADER}: ${String(facts.size)}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      body.replace(/\r?\n/g, "\r\n"),
    ].join("\r\n"),
    "utf8",
  );
}

/** The first text/plain part (else text/html) and the names of the files, from the body structure. */
export function partsOf(structure: MessageStructureObject | undefined): {
  textPart?: string;
  files: string[];
} {
  const files: string[] = [];
  let plain: string | undefined;
  let html: string | undefined;
  const visit = (node: MessageStructureObject) => {
    const name = node.dispositionParameters?.filename ?? node.parameters?.name;
    if (node.childNodes) node.childNodes.forEach(visit);
    else if (name || node.disposition === "attachment") files.push(name ?? "(unnamed)");
    else if (node.type === "text/plain") plain ??= node.part ?? "1";
    else if (node.type === "text/html") html ??= node.part ?? "1";
  };
  if (structure) visit(structure);
  const textPart = plain ?? html;
  return textPart === undefined ? { files } : { textPart, files };
}

function unfold(block: string): string[] {
  const fields: string[] = [];
  for (const line of block.replace(/\r\n/g, "\n").split("\n")) {
    if (line === "") continue;
    const last = fields.pop();
    if (last !== undefined && /^[ \t]/.test(line)) fields.push(`${last}\r\n${line}`);
    else fields.push(...(last === undefined ? [] : [last]), line);
  }
  return fields;
}
