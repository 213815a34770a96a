/**
 * The source a sign-in is counted against: an IPv4 address, or an IPv6 address's /64 network. One
 * IPv6 host may use any address of its /64 (privacy addresses, or an attacker rotating them), so
 * limits per single IPv6 address would limit nothing (RFC 4941; OWASP's authentication cheat sheet).
 */
export function addressSource(ip: string | null): string | null {
  if (ip === null || ip === "") return null;
  const address = ip.split("%")[0] ?? ip;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const hextets = expandIpv6(address);
  if (!hextets) return address;
  return `${hextets.slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, lower-case without leading zeros; null if it is not one. */
function expandIpv6(address: string): string[] | null {
  const halves = address.toLowerCase().split("::");
  if (halves.length > 2) return null;
  const groups = (text: string | undefined) => (text ? text.split(":") : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const last = tail.length > 0 ? tail : head;
  // An IPv4 tail (::1.2.3.4, 64:ff9b::1.2.3.4) is two groups written as four bytes.
  const v4 = last.at(-1)?.split(".");
  if (v4?.length === 4) {
    const bytes = v4.map(Number);
    last.splice(
      -1,
      1,
      ((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)).toString(16),
      ((bytes[2] ?? 0) * 256 + (bytes[3] ?? 0)).toString(16),
    );
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return all.map((group) => parseInt(group, 16).toString(16));
}
