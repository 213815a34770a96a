import { z } from "zod";
import {
  ReconnectNeededError,
  RetryLaterError,
  type HealthCheck,
  type ProviderContext,
} from "../connector.ts";
import { XClient } from "./x-client.ts";
import type { XConfig, XSecrets } from "./x-config.ts";
import { xErrorText } from "./x-errors.ts";
import { xUserSchema } from "./x-objects.ts";
import { XAA_EVENT_TYPES } from "./xaa-event.ts";

const meSchema = z.object({ data: xUserSchema });
const subscriptionsSchema = z.object({
  data: z
    .array(
      z.object({
        event_type: z.string().max(100),
        filter: z.object({ user_id: z.string().max(30).optional() }).optional(),
        webhook_id: z.string().max(100).optional(),
      }),
    )
    .max(10_000)
    .default([]),
});

/**
 * "Test connection": who the token belongs to (GET /2/users/me) and that it is the configured
 * account, the token's expiry, and with webhook delivery which X Activity subscriptions feed it.
 * An expired OAuth 2.0 token of stored settings is refreshed (and saved) on the way, as any call
 * would; unsaved ones from the form are not refreshed (the API refuses: it would spend them).
 */
export async function checkXHealth(context: ProviderContext<XConfig, XSecrets>): Promise<HealthCheck> {
  const { config } = context;
  const client = new XClient(context);
  try {
    const me = await client.call({
      method: "GET",
      path: "/2/users/me",
      query: { "user.fields": "username,name" },
    });
    if (!me.ok)
      return { ok: false, error: `X did not say whose token this is: ${xErrorText(me.status, me.body)}` };
    const user = meSchema.safeParse(me.body);
    if (!user.success) return { ok: false, error: "X answered /2/users/me with something unreadable" };
    const handle = user.data.data.username ? `@${user.data.data.username}` : user.data.data.id;
    if (user.data.data.id !== config.accountUserId) {
      return {
        ok: false,
        reconnect: true,
        error: `The token belongs to ${handle} (${user.data.data.id}), not to ${config.handle} (${config.accountUserId}): reconnect the X account with the right user`,
      };
    }
    const facts: Record<string, string> = {
      account: `${handle} (${user.data.data.id})`,
      auth: config.auth,
      delivery: config.delivery,
    };
    const warnings: string[] = [];
    const expiresAt = context.secrets.oauth2?.accessTokenExpiresAt;
    if (config.auth === "oauth2" && expiresAt) facts.accessTokenExpiresAt = expiresAt.toISOString();
    if (config.delivery === "webhook") await checkSubscriptions(client, config, facts, warnings);
    else
      warnings.push(
        "Polling sees no deletions: posts customers delete stay in Emma until an agent removes them",
      );
    return {
      ok: true,
      detail: `Connected to X as ${handle}`,
      facts,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  } catch (error) {
    if (error instanceof ReconnectNeededError) return { ok: false, reconnect: true, error: error.message };
    if (error instanceof RetryLaterError)
      return { ok: false, error: `${error.message} (try again after ${error.retryAt.toISOString()})` };
    return {
      ok: false,
      error: `X could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function checkSubscriptions(
  client: XClient,
  config: XConfig,
  facts: Record<string, string>,
  warnings: string[],
): Promise<void> {
  const response = await client.call({
    method: "GET",
    path: "/2/activity/subscriptions",
    query: { max_results: "100" },
  });
  const list = response.ok ? subscriptionsSchema.safeParse(response.body) : undefined;
  if (!list?.success) {
    warnings.push(
      `X Activity subscriptions could not be listed (${xErrorText(response.status, response.body)}): check them in the developer console`,
    );
    return;
  }
  const ours = list.data.data.filter((subscription) => subscription.filter?.user_id === config.accountUserId);
  const types = new Set(ours.map((subscription) => subscription.event_type));
  facts.subscriptions = [...types].sort().join(", ") || "none";
  const missing = XAA_EVENT_TYPES.filter((type) => !types.has(type));
  if (missing.length > 0) {
    warnings.push(
      `No X Activity subscription for ${missing.join(", ")} of ${config.handle}: those events never reach Emma`,
    );
  }
}
