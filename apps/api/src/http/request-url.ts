/**
 * The request's URL, or undefined when it cannot be one: a target URL() refuses, or a path whose
 * percent-encoding is not UTF-8 (`/%E0%A4%A`), which every handler decoding it would trip over.
 */
export function parseRequestUrl(target: string | undefined): URL | undefined {
  try {
    const url = new URL(target ?? "/", "http://localhost");
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return undefined;
  }
}
