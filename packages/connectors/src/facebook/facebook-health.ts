import { z } from "zod";
import type { HealthCheck, ProviderContext } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { callGraph, type FetchLike, type GraphEndpoint, type GraphResponse } from "./graph-client.ts";
import { classifyGraphError, graphErrorText } from "./graph-error.ts";
import { epochSchema } from "./webhook-payload.ts";
import { utcMinute } from "./window-words.ts";

/** Warn this long before the Page token (or the app's data access) runs out. */
export const EXPIRY_WARNING_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What each feature needs (Messenger Platform and Pages API permission tables). */
const NEEDED_SCOPES: Record<string, string> = {
  pages_messaging: "Messenger replies and private replies",
  pages_manage_metadata: "webhook subscriptions",
  pages_read_engagement: "reading comments",
  pages_manage_engagement: "public replies to comments",
};
const NEEDED_FIELDS = ["messages", "message_echoes", "feed"];

const debugTokenSchema = z.object({
  data: z.object({
    is_valid: z.boolean(),
    type: z.string().optional(),
    app_id: z.string().optional(),
    profile_id: z.string().optional(),
    expires_at: epochSchema.optional(),
    data_access_expires_at: epochSchema.optional(),
    scopes: z.array(z.string()).default([]),
    error: z
      .object({ message: z.string(), code: z.number().optional(), subcode: z.number().optional() })
      .optional(),
  }),
});
const subscribedAppsSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      subscribed_fields: z.array(z.string()).optional(),
    }),
  ),
});

/**
 * "Test connection": the Page token's validity, type, Page, expiry and scopes (`GET /debug_token`
 * with the app token `app_id|app_secret`), and whether the app receives the Page's webhooks
 * (`GET /{page-id}/subscribed_apps`). Changes nothing at Meta.
 */
export async function checkFacebookHealth(
  { config, secrets }: ProviderContext<FacebookConfig, FacebookSecrets>,
  dependencies: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<HealthCheck> {
  const now = (dependencies.now ?? (() => new Date()))();
  const endpoint: GraphEndpoint = { base: config.graphApiBase, version: config.graphApiVersion };
  const debug = await callGraph(
    endpoint,
    {
      method: "GET",
      path: "debug_token",
      query: { input_token: secrets.pageAccessToken },
      accessToken: `${config.appId}|${secrets.appSecret}`,
      tokenInQuery: true,
    },
    dependencies.fetch,
  );
  // A token error here is about the app token: the app id or secret is wrong, no reconnect helps.
  if (!debug.ok)
    return unreachable(
      debug,
      "Meta refused the app id and app secret; check both in the connector settings",
      false,
    );
  const token = debugTokenSchema.safeParse(debug.data);
  if (!token.success) return { ok: false, error: "Meta's debug_token answer was not understood" };
  const info = token.data.data;
  if (!info.is_valid) {
    const why = info.error ? ` (Meta: ${info.error.message})` : "";
    return {
      ok: false,
      reconnect: true,
      error: `The Page access token is no longer valid${why}: reconnect the Page.`,
    };
  }
  if (info.type !== undefined && info.type !== "PAGE")
    return {
      ok: false,
      error: `This is a ${info.type} token, not a Page access token: connect the Page again and choose the Page.`,
    };
  if (info.profile_id !== undefined && info.profile_id !== config.pageId)
    return { ok: false, error: `The token belongs to Page ${info.profile_id}, not to ${config.pageId}.` };
  if (info.app_id !== undefined && info.app_id !== config.appId)
    return { ok: false, error: `The token was issued to app ${info.app_id}, not to ${config.appId}.` };

  const apps = await callGraph(
    endpoint,
    {
      method: "GET",
      path: `${config.pageId}/subscribed_apps`,
      accessToken: secrets.pageAccessToken,
      appSecret: secrets.appSecret,
    },
    dependencies.fetch,
  );
  if (!apps.ok) return unreachable(apps, "Meta refused to list the Page's subscribed apps", true);
  const subscription = subscribedAppsSchema.safeParse(apps.data);
  const ours = subscription.success
    ? subscription.data.data.find((app) => app.id === config.appId)
    : undefined;
  if (ours === undefined) {
    return {
      ok: false,
      error: `App ${config.appId} is not subscribed to the Page's webhooks, so no message or comment reaches Emma: subscribe it (POST /${config.pageId}/subscribed_apps with subscribed_fields=${NEEDED_FIELDS.join(",")}).`,
    };
  }

  const warnings: string[] = [];
  const expiresAt = info.expires_at ? new Date(info.expires_at * 1000) : undefined;
  if (expiresAt && expiresAt.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS)
    warnings.push(
      `The Page access token expires on ${utcMinute(expiresAt)} (${daysUntil(expiresAt, now)}): reconnect the Page before then.`,
    );
  const dataAccessEndsAt = info.data_access_expires_at
    ? new Date(info.data_access_expires_at * 1000)
    : undefined;
  if (dataAccessEndsAt && dataAccessEndsAt.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS)
    warnings.push(
      `The app's access to the Page's data ends on ${utcMinute(dataAccessEndsAt)} (${daysUntil(dataAccessEndsAt, now)}): a Page admin must log in to renew it.`,
    );
  for (const [scope, feature] of Object.entries(NEEDED_SCOPES))
    if (!info.scopes.includes(scope)) warnings.push(`The token lacks ${scope}, needed for ${feature}.`);
  const fields = ours.subscribed_fields;
  const missing = fields === undefined ? [] : NEEDED_FIELDS.filter((field) => !fields.includes(field));
  if (missing.length > 0)
    warnings.push(`The app does not receive the Page's ${missing.join(", ")} webhooks.`);

  const pageName = config.pageName ?? config.pageId;
  return {
    ok: true,
    detail: `Page ${pageName}: token valid${expiresAt ? ` until ${utcMinute(expiresAt)}` : ", does not expire"}; app ${config.appId} receives its webhooks.`,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(expiresAt ? { tokenExpiresAt: expiresAt } : {}),
    facts: {
      "Token expires": expiresAt ? utcMinute(expiresAt) : "never",
      ...(dataAccessEndsAt ? { "Data access until": utcMinute(dataAccessEndsAt) } : {}),
      "Granted scopes": info.scopes.join(", ") || "none",
      "Webhook fields": fields?.join(", ") ?? "unknown",
      "Graph API": config.graphApiVersion,
    },
  };
}

function unreachable(
  response: Extract<GraphResponse, { ok: false }>,
  refusal: string,
  pageToken: boolean,
): HealthCheck {
  if (response.kind === "network") return { ok: false, error: response.message };
  const said = graphErrorText(response.error);
  if (pageToken && classifyGraphError(response.error) === "reconnect")
    return { ok: false, reconnect: true, error: `${said}. Reconnect the Page.` };
  return { ok: false, error: `${refusal}. ${said}` };
}

function daysUntil(when: Date, now: Date): string {
  const days = Math.floor((when.getTime() - now.getTime()) / DAY_MS);
  if (days < 0) return "already passed";
  return days === 0 ? "within a day" : days === 1 ? "in 1 day" : `in ${days} days`;
}
