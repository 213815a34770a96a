/**
 * The URL Twilio called, which is what it signed: the configured public base URL (scheme, host and
 * any path prefix a reverse proxy strips) followed by the path and query our server received. The
 * host header is not trusted for this: behind a proxy it names the proxy's upstream, not the URL
 * configured at Twilio.
 *
 * `requestUrl` is normally a path ("/webhooks/<id>?foo=1"); an absolute URL is reduced to its path
 * and query too, so the configured base URL always decides what was signed.
 */
export function calledUrl(publicBaseUrl: string, requestUrl: string): string {
  const pathAndQuery = /^[a-z][a-z0-9+.-]*:\/\//i.test(requestUrl)
    ? requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "")
    : requestUrl;
  const path = pathAndQuery.startsWith("/") ? pathAndQuery : `/${pathAndQuery}`;
  return publicBaseUrl.replace(/\/+$/, "") + path;
}
