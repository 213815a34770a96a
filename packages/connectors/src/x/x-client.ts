import { ReconnectNeededError, type ProviderContext } from "../connector.ts";
import { xCredentials, type XConfig, type XOAuth2Secrets, type XSecrets } from "./x-config.ts";
import { xErrorText } from "./x-errors.ts";
import { oauth1Header } from "./x-oauth1.ts";
import { accessTokenExpired, refreshXTokens, withTimeout } from "./x-oauth2.ts";
import { xRateLimitOf, type XRateLimit } from "./x-rate-limit.ts";

export interface XRequest {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
}

export interface XResponse {
  status: number;
  ok: boolean;
  body: unknown;
  rateLimit: XRateLimit;
}

// One refresh per refresh token in this process: X retires a refresh token on first use, so a send
// and a poll refreshing at once must share one answer instead of the second being refused.
const refreshing = new Map<string, Promise<XOAuth2Secrets>>();

/**
 * Calls X's API as the connector's account. OAuth 2.0: an expired access token is refreshed first,
 * a 401 refreshes once and tries again; the rotated tokens are saved (sealed and committed by the
 * API) before they are used. OAuth 1.0a: each request is signed. Auth that cannot be mended here
 * throws ReconnectNeededError.
 */
export class XClient {
  private secrets: XSecrets;

  constructor(
    private readonly context: ProviderContext<XConfig, XSecrets>,
    private readonly signal?: AbortSignal,
  ) {
    this.secrets = context.secrets;
  }

  async call(request: XRequest): Promise<XResponse> {
    const first = await this.send(request, await this.authorization(request, false));
    if (first.status !== 401) return first;
    if (this.context.config.auth === "oauth2") {
      const second = await this.send(request, await this.authorization(request, true));
      if (second.status !== 401) return second;
      throw new ReconnectNeededError(
        `${xErrorText(401, second.body)} even with a freshly refreshed token: reconnect the X account`,
      );
    }
    throw new ReconnectNeededError(`${xErrorText(401, first.body)}: reconnect the X account (OAuth 1.0a)`);
  }

  private async send(request: XRequest, authorization: string): Promise<XResponse> {
    const url = this.urlOf(request);
    const response = await fetch(url, {
      method: request.method,
      headers: {
        authorization,
        ...(request.json === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
      signal: withTimeout(this.signal),
    });
    const text = await response.text();
    return {
      status: response.status,
      ok: response.ok,
      body: parseJson(text),
      rateLimit: xRateLimitOf(response.headers),
    };
  }

  private async authorization(request: XRequest, forceRefresh: boolean): Promise<string> {
    const credentials = xCredentials(this.context.config, this.secrets);
    if ("problem" in credentials) throw new ReconnectNeededError(credentials.problem);
    switch (credentials.auth) {
      case "oauth1":
        return oauth1Header(
          request.method,
          this.urlOf(request),
          credentials.consumerSecret,
          credentials.oauth1,
        );
      case "oauth2": {
        let oauth2 = credentials.oauth2;
        if (forceRefresh || accessTokenExpired(oauth2)) oauth2 = await this.refresh(oauth2);
        return `Bearer ${oauth2.accessToken}`;
      }
      default: {
        const unknown: never = credentials;
        throw new Error(`Unknown X credentials ${JSON.stringify(unknown)}`);
      }
    }
  }

  private async refresh(current: XOAuth2Secrets): Promise<XOAuth2Secrets> {
    const key = current.refreshToken;
    let pending = refreshing.get(key);
    if (!pending) {
      pending = this.rotate(current).finally(() => refreshing.delete(key));
      refreshing.set(key, pending);
    }
    const rotated = await pending;
    this.secrets = { ...this.secrets, oauth2: rotated };
    return rotated;
  }

  private async rotate(current: XOAuth2Secrets): Promise<XOAuth2Secrets> {
    if (this.context.rotateSecrets) {
      // Another API instance may be refreshing the same token: the API lets one at a time rotate.
      const stored = await this.context.rotateSecrets(async (secrets) => ({
        ...secrets,
        oauth2: await refreshXTokens(this.context.config.apiBase, secrets.oauth2 ?? current, this.signal),
      }));
      this.secrets = stored;
      if (!stored.oauth2) throw new Error("X's rotated credentials lost their OAuth 2.0 tokens");
      return stored.oauth2;
    }
    const rotated = await refreshXTokens(this.context.config.apiBase, current, this.signal);
    // The old refresh token is dead now: the new one must be committed before anything uses it.
    await this.context.saveSecrets({ ...this.secrets, oauth2: rotated });
    return rotated;
  }

  private urlOf(request: XRequest): string {
    const url = new URL(`${this.context.config.apiBase}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    return url.toString();
  }
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 500);
  }
}
