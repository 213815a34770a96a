import { z } from "zod";
import { ReconnectNeededError, RetryLaterError } from "../connector.ts";
import type { XOAuth2Secrets } from "./x-config.ts";
import { xErrorText } from "./x-errors.ts";
import { retryAtOf, xRateLimitOf } from "./x-rate-limit.ts";

const tokenResponseSchema = z.object({
  token_type: z.string().max(50).optional(),
  access_token: z.string().min(1).max(2000),
  refresh_token: z.string().min(1).max(2000),
  expires_in: z.number().int().positive().max(10_000_000),
  scope: z.string().max(2000).optional(),
});

/** Refresh a little before X would refuse the token, so a request is never sent with a dying one. */
export const EXPIRY_MARGIN_MS = 60_000;

export function accessTokenExpired(oauth2: XOAuth2Secrets, now: Date = new Date()): boolean {
  return oauth2.accessTokenExpiresAt.getTime() - EXPIRY_MARGIN_MS <= now.getTime();
}

/**
 * POST /2/oauth2/token with grant_type=refresh_token: X answers a new access token AND a new refresh
 * token, and the one sent is dead from then on. Confidential clients authenticate with Basic auth,
 * public ones name their client_id. A refusal means only an admin can mend it (ReconnectNeededError).
 * https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token (step 5)
 */
export async function refreshXTokens(
  apiBase: string,
  oauth2: XOAuth2Secrets,
  signal?: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<XOAuth2Secrets> {
  const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: oauth2.refreshToken });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (oauth2.clientSecret === undefined) form.set("client_id", oauth2.clientId);
  else {
    const basic = Buffer.from(`${oauth2.clientId}:${oauth2.clientSecret}`).toString("base64");
    headers.authorization = `Basic ${basic}`;
  }
  const response = await fetch(`${apiBase}/2/oauth2/token`, {
    method: "POST",
    headers,
    body: form.toString(),
    signal: withTimeout(signal),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 429) {
    throw new RetryLaterError(xErrorText(429, body), retryAtOf(xRateLimitOf(response.headers)));
  }
  if (response.status >= 500)
    throw new Error(`X's token endpoint failed: ${xErrorText(response.status, body)}`);
  if (!response.ok) {
    throw new ReconnectNeededError(
      `X refused to refresh the access token (${xErrorText(response.status, body)}): reconnect the X account`,
    );
  }
  const tokens = tokenResponseSchema.safeParse(body);
  if (!tokens.success)
    throw new Error(`X's token endpoint answered something unreadable: ${tokens.error.message}`);
  return {
    ...oauth2,
    accessToken: tokens.data.access_token,
    refreshToken: tokens.data.refresh_token,
    accessTokenExpiresAt: new Date(now().getTime() + tokens.data.expires_in * 1000),
  };
}

export function withTimeout(signal: AbortSignal | undefined, ms = 30_000): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
