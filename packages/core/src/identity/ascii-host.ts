/**
 * A host name in the ASCII form mail servers and DNS compare (IDN labels as punycode), or null.
 * The WHATWG URL parser does the UTS 46 mapping, so this runs the same in Node and in the browser.
 */
export function asciiHost(host: string): string | null {
  // The URL parser would quietly drop a port, path or credentials; an identifier carrying them is wrong.
  if (host === "" || /[\s/\\?#@:[\]%]/.test(host)) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(hostname)) return null;
  // A numeric last label means an IP address (the parser turns "0x7f.1" into 127.0.0.1): no mail domain.
  const tld = hostname.slice(hostname.lastIndexOf(".") + 1);
  return /[a-z]/.test(tld) ? hostname : null;
}
