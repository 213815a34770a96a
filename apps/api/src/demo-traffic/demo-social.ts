import {
  createFacebookWebhookDriver,
  facebookEvents,
  startFakeGraphApi,
  startFakeXApi,
  type FakeGraphApi,
  type FakeXApi,
} from "@emma/connectors/simulators";
import { facebookSecretsSchema, xSecretsSchema } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { FACEBOOK_PAGE_ID, PAGE_POSTS } from "../demo/channel-facebook.ts";
import { X_SERVICE_HANDLE } from "../demo/channel-twitter.ts";
import { demoSecret, ensureDemoConnector } from "./demo-social-connectors.ts";

const APP_ID = "880417300000001";
const X_ACCOUNT_ID = "1790412355000000001";

const MESSENGER = [
  "Hallo, meine Karte funktioniert seit heute Morgen nicht mehr. Können Sie nachsehen?",
  "Guten Tag, wie kann ich mein Tageslimit für Überweisungen erhöhen?",
  "Hi, I moved to a new address, how do I update it in the app?",
];
const COMMENTS = [
  "Die App stürzt bei mir seit dem Update beim Login ab. Geht das nur mir so?",
  "Gilt der Zinssatz auch für Bestandskunden?",
  "Is online banking down right now?",
];
const X_DMS = [
  "Hallo, ich habe eine Abbuchung, die ich nicht kenne. Was soll ich tun?",
  "Können Sie mir sagen, wann die Gutschrift meiner Rückerstattung kommt?",
];
const X_MENTIONS = [
  `@${X_SERVICE_HANDLE} seit zwei Tagen warte ich auf eine Antwort zu meiner Reklamation 😤`,
  `@${X_SERVICE_HANDLE} is the app down? Can't log in.`,
];

export interface DemoSocial {
  graph: FakeGraphApi;
  x: FakeXApi;
  stop(): Promise<void>;
}

/**
 * Facebook and X for the demo, through their real connectors: a local fake Graph API and a fake X
 * API stand in for Meta and X, Emma's webhook URLs are verified as Meta and X verify them, and every
 * so often a known demo customer writes on Messenger, comments on the Page, sends a DM or mentions
 * the account — delivered signed, exactly as the providers deliver. Agents' answers go out to the
 * fakes, which echo them back as the providers do.
 */
export async function startDemoSocial(props: {
  db: Kysely<Database>;
  secretKey: SecretKey;
  url: string;
  log: Logger;
  everyMs: number;
}): Promise<DemoSocial> {
  const facebookSecrets = {
    appSecret: demoSecret(),
    pageAccessToken: `EAAG${demoSecret()}`,
    verifyToken: demoSecret(),
  };
  const page = await ensureDemoConnector(props.db, props.secretKey, {
    name: "Facebook Emma Bank (Simulator)",
    kind: "facebook-page",
    config: { pageId: FACEBOOK_PAGE_ID, pageName: "Emma Bank", appId: APP_ID, humanAgentTag: true },
    secretsSchema: facebookSecretsSchema,
    secrets: (stored) => stored ?? facebookSecrets,
  });
  const graph = await startFakeGraphApi({
    pageId: FACEBOOK_PAGE_ID,
    pageName: "Emma Bank",
    appId: APP_ID,
    appSecret: page.secrets.appSecret,
    pageAccessToken: page.secrets.pageAccessToken,
    posts: Object.fromEntries(PAGE_POSTS),
  });
  await ensureDemoConnector(props.db, props.secretKey, {
    name: "Facebook Emma Bank (Simulator)",
    kind: "facebook-page",
    config: {
      pageId: FACEBOOK_PAGE_ID,
      pageName: "Emma Bank",
      appId: APP_ID,
      humanAgentTag: true,
      graphApiBase: graph.url,
    },
    secretsSchema: facebookSecretsSchema,
    secrets: (stored) => stored ?? page.secrets,
  });
  const consumerSecret = demoSecret();
  const account = { id: X_ACCOUNT_ID, username: X_SERVICE_HANDLE, name: "Emma Bank Hilfe" };
  const x = await startFakeXApi({ account, consumerSecret });
  // The fake X API keeps its tokens in memory: each start connects the account anew.
  const xConnector = await ensureDemoConnector(props.db, props.secretKey, {
    name: `X @${X_SERVICE_HANDLE} (Simulator)`,
    kind: "x",
    config: { accountUserId: X_ACCOUNT_ID, handle: X_SERVICE_HANDLE, apiBase: x.url, delivery: "webhook" },
    secretsSchema: xSecretsSchema,
    secrets: () => ({
      consumerSecret,
      oauth2: { clientId: "emma-client-id", clientSecret: "emma-client-secret", ...x.issueTokens() },
    }),
  });

  const pageWebhook = `${props.url}/webhooks/${page.id}`;
  graph.registerCallback({ url: pageWebhook });
  const meta = createFacebookWebhookDriver({
    callbackUrl: pageWebhook,
    appSecret: page.secrets.appSecret,
    graph,
  });
  const verified = await meta.verify(page.secrets.verifyToken);
  const xDriver = x.registerWebhook(`${props.url}/webhooks/${xConnector.id}`);
  const crc = await xDriver.crc();
  props.log.info("demo: Facebook and X simulators connected", {
    facebookVerified: verified.status === 200,
    xCrcValid: crc.valid,
  });

  const stopping = new AbortController();
  let round = 0;
  const tick = async () => {
    round += 1;
    // The first few dozen known customers of the channel, in turn.
    const person = async (kind: "facebook" | "twitter") => {
      const known = await props.db
        .selectFrom("identities as i")
        .innerJoin("customers as c", "c.id", "i.customer_id")
        .select(["i.value", "i.display", "c.display_name"])
        .where("i.kind", "=", kind)
        .orderBy("i.created_at")
        .limit(40)
        .execute();
      return known[(round * 5) % Math.max(known.length, 1)];
    };
    const pick = <T>(list: readonly T[]): T => {
      const chosen = list[round % list.length];
      if (chosen === undefined) throw new Error("the demo has nothing to say");
      return chosen;
    };
    switch (round % 4) {
      case 1: {
        const customer = await person("facebook");
        if (!customer) return;
        await meta.deliver(
          facebookEvents.pageWebhook(FACEBOOK_PAGE_ID, {
            messaging: [
              facebookEvents.textMessage({
                pageId: FACEBOOK_PAGE_ID,
                psid: customer.value,
                text: pick(MESSENGER),
              }),
            ],
          }),
        );
        return;
      }
      case 2: {
        const customer = await person("facebook");
        if (!customer) return;
        const [postId] = pick(PAGE_POSTS);
        await meta.deliver(
          facebookEvents.pageWebhook(FACEBOOK_PAGE_ID, {
            changes: [
              facebookEvents.commentChange({
                postId,
                commentId: `${postId.split("_")[1] ?? ""}_${facebookEvents.newObjectId()}`,
                from: { id: customer.value, name: customer.display ?? customer.display_name },
                message: pick(COMMENTS),
                permalinkUrl: `https://www.facebook.com/${postId}`,
              }),
            ],
          }),
        );
        return;
      }
      case 3: {
        const user = xUserOf(await person("twitter"));
        if (!user) return;
        await x.customerDms(user, pick(X_DMS)).delivered;
        return;
      }
      default: {
        const user = xUserOf(await person("twitter"));
        if (!user) return;
        await x.customerPosts(user, pick(X_MENTIONS)).delivered;
      }
    }
  };
  const running = () => !stopping.signal.aborted;
  const loop = async () => {
    while (running()) {
      await new Promise((resolve) => setTimeout(resolve, props.everyMs).unref());
      if (!running()) return;
      await tick().catch((error: unknown) =>
        props.log.warn("demo traffic: a simulated social message failed", { error: String(error) }),
      );
    }
  };
  void loop();
  return {
    graph,
    x,
    stop: async () => {
      stopping.abort();
      await Promise.all([graph.close(), x.close()]);
    },
  };
}

/** A known demo customer as the fake X API knows its users. */
function xUserOf(
  customer: { value: string; display: string | null; display_name: string } | undefined,
): { id: string; username: string; name: string } | undefined {
  if (!customer) return undefined;
  return {
    id: customer.value,
    username: (customer.display ?? "@kunde").replace(/^@/, ""),
    name: customer.display_name,
  };
}
