/** `new URL` without the throw: untrusted strings come from web content and must never crash main. */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
