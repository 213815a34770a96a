/** Undoes a Content-Transfer-Encoding; unknown encodings (7bit, 8bit, binary, garbage) are left as they are. */
export function transferDecode(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase() ?? "") {
    case "base64":
      return Buffer.from(body.toString("latin1").replace(/[^A-Za-z0-9+/]/g, ""), "base64");
    case "quoted-printable":
      return decodeQuotedPrintable(body.toString("latin1"));
    default:
      return body;
  }
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes = text
    .replace(/[ \t]+(?=\r?\n)/g, "")
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1");
}
