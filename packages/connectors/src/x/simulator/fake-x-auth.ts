import { createHmac, randomBytes } from "node:crypto";
import OAuth from "oauth-1.0a";

export interface OAuth2Client {
  clientId: string;
  /** Confidential clients authenticate with Basic auth; public ones send client_id. */
  clientSecret?: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
}

export interface OAuth1Account {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

/** X's tokens as the fake API keeps them: refresh tokens are single use, as on X. */
export class FakeXTokens {
  private readonly access = new Map<string, { userId: string; expiresAt: Date }>();
  private readonly refresh = new Map<string, { userId: string; clientId: string; used: boolean }>();
  readonly oauth1: OAuth1Account[] = [];
  lifetimeSeconds = 7200;

  constructor(readonly client: OAuth2Client) {}

  issue(userId: string, now: Date = new Date()): IssuedTokens {
    const accessToken = token("at");
    const refreshToken = token("rt");
    const accessTokenExpiresAt = new Date(now.getTime() + this.lifetimeSeconds * 1000);
    this.access.set(accessToken, { userId, expiresAt: accessTokenExpiresAt });
    this.refresh.set(refreshToken, { userId, clientId: this.client.clientId, used: false });
    return { accessToken, refreshToken, accessTokenExpiresAt };
  }

  /** Every access token stops working now, as when X's two hours are over. */
  expireAccessTokens(): void {
    for (const entry of this.access.values()) entry.expiresAt = new Date(0);
  }

  /** The user a Bearer token speaks for, or undefined when X would answer 401. */
  bearerUser(authorization: string | undefined, now: Date = new Date()): string | undefined {
    const match = /^Bearer (.+)$/.exec(authorization ?? "");
    const entry = match?.[1] ? this.access.get(match[1]) : undefined;
    return entry && entry.expiresAt > now ? entry.userId : undefined;
  }

  /**
   * grant_type=refresh_token: a new access token and a new refresh token; the one sent is retired,
   * and using it again is refused with invalid_request as X does.
   */
  rotate(
    form: URLSearchParams,
    authorization: string | undefined,
  ): { status: 200; body: Record<string, unknown> } | { status: 400 | 401; body: Record<string, unknown> } {
    if (!this.clientAuthenticated(form, authorization)) {
      return {
        status: 401,
        body: { error: "unauthorized_client", error_description: "Missing valid authorization header" },
      };
    }
    if (form.get("grant_type") !== "refresh_token") {
      return {
        status: 400,
        body: { error: "unsupported_grant_type", error_description: "Only refresh_token here" },
      };
    }
    const entry = this.refresh.get(form.get("refresh_token") ?? "");
    if (!entry || entry.used) {
      return {
        status: 400,
        body: { error: "invalid_request", error_description: "Value passed for the token was invalid." },
      };
    }
    entry.used = true;
    const issued = this.issue(entry.userId);
    return {
      status: 200,
      body: {
        token_type: "bearer",
        expires_in: this.lifetimeSeconds,
        access_token: issued.accessToken,
        scope: "tweet.read tweet.write users.read dm.read dm.write offline.access",
        refresh_token: issued.refreshToken,
      },
    };
  }

  /** Checks an OAuth 1.0a signature as X does; the user id of the account whose token signed it. */
  oauth1User(
    method: string,
    url: string,
    authorization: string | undefined,
    users: Map<string, OAuth1Account>,
  ): string | undefined {
    const params = oauthParams(authorization);
    const account = [...users.entries()].find(
      ([, a]) => a.accessToken === params.oauth_token && a.consumerKey === params.oauth_consumer_key,
    );
    if (!account || params.oauth_signature === undefined) return undefined;
    const [userId, credentials] = account;
    const oauth = new OAuth({
      consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
      signature_method: "HMAC-SHA1",
      hash_function: (base, key) => createHmac("sha1", key).update(base).digest("base64"),
    });
    const { oauth_signature: signature, ...data } = params;
    const expected = oauth.getSignature({ url, method }, credentials.accessTokenSecret, {
      oauth_consumer_key: data.oauth_consumer_key ?? "",
      oauth_nonce: data.oauth_nonce ?? "",
      oauth_signature_method: data.oauth_signature_method ?? "",
      oauth_timestamp: Number(data.oauth_timestamp ?? "0"),
      oauth_version: data.oauth_version ?? "",
      oauth_token: data.oauth_token ?? "",
    });
    return expected === signature ? userId : undefined;
  }

  private clientAuthenticated(form: URLSearchParams, authorization: string | undefined): boolean {
    const { clientId, clientSecret } = this.client;
    if (clientSecret === undefined) return form.get("client_id") === clientId;
    const basic = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");
    return authorization === `Basic ${basic}`;
  }
}

function oauthParams(authorization: string | undefined): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  if (!authorization?.startsWith("OAuth ")) return params;
  for (const match of authorization.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined) params[key] = decodeURIComponent(value);
  }
  return params;
}

function token(kind: string): string {
  return `${randomBytes(24).toString("base64url")}:${kind}:1`;
}
