/**
 * The mails in an mbox file or stream, as raw bytes. A line starting with "From " after an empty line
 * (or first in the file) starts a mail; ">From " lines lose one ">" (mboxrd, which also reads mboxo
 * files right except for the rare body line that really began with ">From "). Input that does not
 * start with a "From " line is one mail, so a single .eml passes through byte for byte.
 */
export async function* splitMbox(source: Buffer | AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let pending = "";
  let current: string[] | undefined;
  let previousBlank = true;
  let separated = false;
  // latin1 maps every byte to one character and back, so the mails come out byte for byte.
  for await (const chunk of Buffer.isBuffer(source) ? [source] : source) {
    const lines = (pending + Buffer.from(chunk).toString("latin1")).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const mail = take(line);
      if (mail) yield mail;
    }
  }
  if (pending !== "") {
    const mail = take(pending, true);
    if (mail) yield mail;
  }
  const last = current && finish(current, separated);
  if (last) yield last;

  function take(line: string, final = false): Buffer | undefined {
    let done: Buffer | undefined;
    if (line.startsWith("From ") && previousBlank && (separated || current === undefined)) {
      done = current && finish(current, separated);
      current = [];
      separated = true;
    } else {
      const unescaped = separated && /^>+From /.test(line) ? line.slice(1) : line;
      (current ??= []).push(unescaped + (final ? "" : "\n"));
    }
    previousBlank = line.replace(/\r$/, "") === "";
    return done;
  }
}

/** Drops the empty line mbox writers put before the next separator. */
function finish(lines: string[], separated: boolean): Buffer | undefined {
  const last = lines.at(-1);
  if (separated && last !== undefined && /^\r?\n$/.test(last)) lines.pop();
  const text = lines.join("");
  return text.trim() === "" ? undefined : Buffer.from(text, "latin1");
}
