/** The From header as the classifier needs it: the address, or what stands where it should be. */
export interface MailSender {
  /** `local@domain` when the header has one. */
  address?: string;
  /** The local part, or the lone word of a domain-less From (`<MAILER-DAEMON>`, `mailer-daemon`). */
  local?: string;
  /** The display name, unquoted. */
  name?: string;
  /** `<>`: the null reverse path, which only machines use as a sender. */
  empty: boolean;
}

/** Reads a raw From value (RFC 5322 §3.4) as far as it goes; malformed ones are what bounces carry. */
export function readSender(from: string | undefined): MailSender {
  if (from === undefined) return { empty: false };
  const value = from.replace(/\([^()]*\)/g, " ").trim();
  const bracket = /<([^<>]*)>/.exec(value);
  const name = (bracket ? value.slice(0, bracket.index) : "")
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();
  const named = name === "" ? {} : { name };
  const inside = bracket?.[1]?.trim();
  const token = inside ?? value.split(/[\s,]+/).find((word) => word.includes("@")) ?? value;
  if (token === "") return { ...named, empty: bracket !== null };
  const at = token.lastIndexOf("@");
  if (at > 0) return { ...named, address: token, local: token.slice(0, at), empty: false };
  // A single word without a domain: what MTAs write for themselves.
  return /^[^\s@"]+$/.test(token) ? { ...named, local: token, empty: false } : { ...named, empty: false };
}
