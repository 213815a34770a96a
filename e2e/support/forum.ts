import { startFakeDiscourse, type FakeDiscourse } from "@emma/connectors/simulators";
import { AGENT, DEMO_PASSWORD, appUrl } from "./console.ts";
import { DEMO_ADMIN, mutate } from "./trpc-mutation.ts";

const WEBHOOK_SECRET = "discourse-webhook-secret-for-e2e";
export const AGENT_FORUM_NAME = "Nina_EmmaBank";

/**
 * A Discourse forum connected as an admin would (connectors.create) to a fake Discourse on
 * 127.0.0.1, its webhook pointed at Emma; the demo agent posts under her own staff account.
 */
export async function connectDiscourse(name: string): Promise<FakeDiscourse> {
  const forum = await startFakeDiscourse({ retryDelayMs: () => 200 });
  forum.createUser({ username: "EmmaBank_E2E", admin: true, trustLevel: 4 });
  forum.createUser({ username: AGENT_FORUM_NAME, name: "Nina (Emma Bank)", moderator: true, trustLevel: 4 });
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const { id } = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "discourse",
      name,
      config: {
        siteUrl: "https://forum-e2e.emma-bank.de",
        apiUrl: forum.url,
        apiUsername: "EmmaBank_E2E",
        agentUsernames: { [AGENT]: AGENT_FORUM_NAME },
      },
      secrets: { apiKey: forum.apiKey, webhookSecret: WEBHOOK_SECRET },
    },
    token,
  );
  forum.addWebhook({ url: `${appUrl()}/webhooks/${id}`, secret: WEBHOOK_SECRET });
  return forum;
}
