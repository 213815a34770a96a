import { createHmac } from "node:crypto";
import OAuth from "oauth-1.0a";
import type { XOAuth1Secrets } from "./x-config.ts";

/**
 * The Authorization header of an OAuth 1.0a user-context request (HMAC-SHA1 over method, URL with
 * its query and the oauth_* parameters; a JSON body is not part of the signature).
 * https://docs.x.com/fundamentals/authentication/oauth-1-0a/authorizing-a-request
 */
export function oauth1Header(
  method: string,
  url: string,
  consumerSecret: string,
  credentials: XOAuth1Secrets,
): string {
  const oauth = new OAuth({
    consumer: { key: credentials.consumerKey, secret: consumerSecret },
    signature_method: "HMAC-SHA1",
    hash_function: (base, key) => createHmac("sha1", key).update(base).digest("base64"),
  });
  const signed = oauth.authorize(
    { url, method },
    { key: credentials.accessToken, secret: credentials.accessTokenSecret },
  );
  return oauth.toHeader(signed).Authorization;
}
