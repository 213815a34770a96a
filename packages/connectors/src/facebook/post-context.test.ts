import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerContext } from "../test-support/provider-context.ts";
import { facebookPostContext } from "./post-context.ts";
import { startFakeGraphApi, type FakeGraphApi } from "./simulator/fake-graph-api.ts";
import { APP_ID, PAGE_ID, SECRETS, testConfig } from "./test-setup.ts";

let graph: FakeGraphApi;
const POST = `${PAGE_ID}_873355`;
beforeAll(async () => {
  graph = await startFakeGraphApi({
    pageId: PAGE_ID,
    appId: APP_ID,
    appSecret: SECRETS.appSecret,
    pageAccessToken: SECRETS.pageAccessToken,
    posts: {
      [POST]:
        "Wartungsarbeiten: Sonntag zwischen 2 und 6 Uhr ist das Online-Banking nicht erreichbar.\nDanke für eure Geduld!",
    },
  });
});
afterAll(() => graph.close());

const context = () => providerContext({ config: testConfig({ graphApiBase: graph.url }), secrets: SECRETS });

describe("the post a Page comment is under", () => {
  it("is read from the Graph API: its first line is the subject, its text the excerpt", async () => {
    const found = await facebookPostContext({ context: { postId: POST } }, context());
    expect(found).toEqual({
      subject: "Wartungsarbeiten: Sonntag zwischen 2 und 6 Uhr ist das Online-Banking nicht erreichbar.",
      excerpt: expect.stringContaining("Danke für eure Geduld!") as unknown,
    });
    expect(graph.requests.at(-1)).toMatchObject({
      method: "GET",
      path: POST,
      query: { fields: "message,story" },
    });
  });

  it("is nothing for a Messenger item or a post Meta does not know, and asks for a reconnect on an expired token", async () => {
    expect(await facebookPostContext({ source: "messenger" }, context())).toBeNull();
    expect(await facebookPostContext({ context: { postId: `${PAGE_ID}_1` } }, context())).toBeNull();
    graph.failNext({ kind: "token_expired" });
    await expect(facebookPostContext({ context: { postId: POST } }, context())).rejects.toThrow(
      /Reconnect the Page/,
    );
  });
});
