import {
  createFacebookWebhookDriver,
  startFakeGraphApi,
  startFakeXApi,
  type FacebookWebhookDriver,
  type FakeGraphApi,
  type FakeXApi,
} from "@emma/connectors/simulators";
import { appUrl, DEMO_PASSWORD } from "./console.ts";
import { DEMO_ADMIN, mutate } from "./trpc-mutation.ts";

const PAGE = { id: "104000000000777", appId: "880000000000777" };
const FACEBOOK_SECRETS = {
  appSecret: "meta-app-secret-for-e2e-0123456789",
  pageAccessToken: "EAAG-page-token-for-e2e-tests",
  verifyToken: "emma-verify-token-e2e",
};
export const X_ACCOUNT = { id: "1790000000000000777", username: "emma_bank", name: "Emma Bank" };
const X_CONSUMER_SECRET = "x-consumer-secret-for-e2e-0123456789";

export interface FacebookPage {
  pageId: string;
  graph: FakeGraphApi;
  meta: FacebookWebhookDriver;
  /** Webhooks and the echoes of our sends answered by Emma. */
  settled: () => Promise<void>;
}

async function adminToken(): Promise<string> {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  return token;
}

/**
 * A Facebook Page connected as an admin would (connectors.create) to a fake Graph API on 127.0.0.1,
 * with Meta's webhook driver pointed at Emma. `profiles` names Messenger senders by PSID.
 */
export async function connectFacebookPage(
  name: string,
  profiles: Record<string, { first_name: string; last_name: string }>,
): Promise<FacebookPage> {
  const graph = await startFakeGraphApi({
    pageId: PAGE.id,
    appId: PAGE.appId,
    ...FACEBOOK_SECRETS,
    profiles,
  });
  const { id } = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "facebook-page",
      name,
      config: { pageId: PAGE.id, appId: PAGE.appId, graphApiBase: graph.url, pageName: "Emma Bank" },
      secrets: FACEBOOK_SECRETS,
    },
    await adminToken(),
  );
  const callbackUrl = `${appUrl()}/webhooks/${id}`;
  graph.registerCallback({ url: callbackUrl });
  const meta = createFacebookWebhookDriver({ callbackUrl, appSecret: FACEBOOK_SECRETS.appSecret, graph });
  return { pageId: PAGE.id, graph, meta, settled: () => graph.idle() };
}

/** An X account connected to a fake X API, whose Activity API deliveries go to Emma's webhook. */
export async function connectXAccount(name: string): Promise<FakeXApi> {
  const api = await startFakeXApi({ account: X_ACCOUNT, consumerSecret: X_CONSUMER_SECRET });
  const { id } = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "x",
      name,
      config: { accountUserId: X_ACCOUNT.id, handle: `@${X_ACCOUNT.username}`, apiBase: api.url },
      secrets: {
        consumerSecret: X_CONSUMER_SECRET,
        oauth2: { clientId: "emma-client-id", clientSecret: "emma-client-secret", ...api.issueTokens() },
      },
    },
    await adminToken(),
  );
  api.registerWebhook(`${appUrl()}/webhooks/${id}`);
  return api;
}
