import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { xPostLength } from "@emma/core";
import { oneToOneConversationId } from "../x-ids.ts";
import { FakeXTokens, type IssuedTokens, type OAuth1Account, type OAuth2Client } from "./fake-x-auth.ts";
import { listPage } from "./fake-x-lists.ts";
import { problems, sendJson, type RateWindow } from "./fake-x-responses.ts";
import {
  endpointOf,
  fail,
  readBody,
  requestBodyOf,
  type FakeXEndpoint,
  type FakeXFailure,
} from "./fake-x-http.ts";

import { snowflake } from "./snowflake.ts";
import { createXWebhookDriver, type XWebhookDriver } from "./x-webhook-driver.ts";
import {
  dmEvent,
  dmEventV2,
  postDeleteEvent,
  postEvent,
  simulatedPost,
  type SimulatedDm,
  type SimulatedPost,
  type SimulatedXUser,
} from "./xaa-builders.ts";

export type { FakeXEndpoint, FakeXFailure };

/** What Emma sent through the fake API, in order. */
export type FakeXSent =
  | { kind: "dm"; id: string; to: string; text: string; conversationId: string }
  | { kind: "post"; id: string; text: string; inReplyTo: string | undefined; conversationId: string };

export interface FakeXApiOptions {
  account: SimulatedXUser;
  /** The app's consumer secret: it signs deliveries to a registered webhook. */
  consumerSecret: string;
  oauth2Client?: OAuth2Client;
}

const XAA_TYPES = [
  "dm.received",
  "dm.sent",
  "post.mention.create",
  "post.reply.create",
  "post.create",
  "post.delete",
];

/**
 * A local X API for tests, the demo and e2e, following X's contract: v2 endpoints Emma calls, X's
 * error shapes and rate-limit headers, an OAuth 2.0 token endpoint that rotates refresh tokens and
 * refuses a used one, OAuth 1.0a signature checks, and, with a webhook registered, the X Activity
 * API deliveries X would make (including the "sent" event of what Emma sent).
 * (Longer than most files: the routes and the handle tests drive share one server's state; tokens,
 * paging, error shapes and request plumbing live beside it in fake-x-auth/-lists/-responses/-http.)
 */
export async function startFakeXApi(options: FakeXApiOptions) {
  const account = options.account;
  const tokens = new FakeXTokens(
    options.oauth2Client ?? { clientId: "emma-client-id", clientSecret: "emma-client-secret" },
  );
  const oauth1 = new Map<string, OAuth1Account>();
  const users = new Map<string, SimulatedXUser & { acceptsDms: boolean }>([
    [account.id, { ...account, acceptsDms: true }],
  ]);
  const posts: SimulatedPost[] = [];
  const dms: SimulatedDm[] = [];
  const sent: FakeXSent[] = [];
  const failures = new Map<FakeXEndpoint, FakeXFailure[]>();
  const windows = new Map<FakeXEndpoint, RateWindow>();
  const pending = new Set<Promise<unknown>>();
  const deliveryErrors: Error[] = [];
  let driver: XWebhookDriver | undefined;
  let subscriptions = XAA_TYPES;

  const windowOf = (endpoint: FakeXEndpoint): RateWindow => {
    let window = windows.get(endpoint);
    if (!window || window.resetAt.getTime() <= Date.now()) {
      window = { limit: 900, remaining: 900, resetAt: new Date(Date.now() + 15 * 60_000) };
      windows.set(endpoint, window);
    }
    return window;
  };

  /** Delivers an event to the registered webhook, if any, after X's answer (as X does). */
  const deliver = (event: unknown): Promise<unknown> => {
    if (!driver) return Promise.resolve();
    const delivery = driver.deliver(event).catch((error: unknown) => {
      deliveryErrors.push(error instanceof Error ? error : new Error(String(error)));
    });
    pending.add(delivery);
    void delivery.finally(() => pending.delete(delivery));
    return delivery;
  };
  const userList = (...ids: string[]) =>
    ids.flatMap((id) => {
      const user = users.get(id);
      return user ? [{ id: user.id, username: user.username, name: user.name }] : [];
    });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const body = await readBody(request);
    const method = request.method ?? "GET";
    if (method === "POST" && url.pathname === "/2/oauth2/token") {
      const failure = failures.get("token")?.shift();
      if (failure) return fail(response, failure, windowOf("token"));
      const answer = tokens.rotate(new URLSearchParams(body), request.headers.authorization);
      return sendJson(response, answer.status, answer.body);
    }
    const endpoint = endpointOf(method, url.pathname);
    if (!endpoint) return sendJson(response, 404, problems.notFound(`No route ${method} ${url.pathname}`));
    const fullUrl = `${baseUrl}${url.pathname}${url.search}`;
    const user =
      tokens.bearerUser(request.headers.authorization) ??
      tokens.oauth1User(method, fullUrl, request.headers.authorization, oauth1);
    if (user !== account.id) return sendJson(response, 401, problems.unauthorized);
    const window = windowOf(endpoint);
    const failure = failures.get(endpoint)?.shift();
    if (failure) return fail(response, failure, window);
    if (window.remaining <= 0) return sendJson(response, 429, problems.tooManyRequests, window);
    window.remaining -= 1;
    return route(endpoint, url, body, response, window);
  }

  function route(
    endpoint: FakeXEndpoint,
    url: URL,
    body: string,
    response: ServerResponse,
    window: RateWindow,
  ): void {
    switch (endpoint) {
      case "me":
        return sendJson(response, 200, { data: userList(account.id)[0] }, window);
      case "dm":
        return createDm(url, body, response, window);
      case "post":
        return createPost(body, response, window);
      case "mentions": {
        const mine = posts.filter((post) => post.author_id !== account.id);
        const page = listPage(mine, url.searchParams, { min: 5, max: 100, fallback: 10 });
        if ("error" in page) return sendJson(response, 400, problems.invalidRequest(page.error), window);
        const named = page.data.flatMap((post) => [post.author_id, post.in_reply_to_user_id ?? ""]);
        return sendJson(response, 200, { ...page, includes: { users: userList(...new Set(named)) } }, window);
      }
      case "dm_events": {
        const page = listPage(dms.map(dmEventV2), url.searchParams, { min: 1, max: 100, fallback: 100 });
        if ("error" in page) return sendJson(response, 400, problems.invalidRequest(page.error), window);
        return sendJson(
          response,
          200,
          { ...page, includes: { users: userList(...new Set(page.data.map((dm) => dm.sender_id))) } },
          window,
        );
      }
      case "subscriptions":
        return sendJson(
          response,
          200,
          {
            data: subscriptions.map((eventType, index) => ({
              subscription_id: String(1000 + index),
              event_type: eventType,
              filter: { user_id: account.id },
              webhook_id: "1",
            })),
            meta: { result_count: subscriptions.length },
          },
          window,
        );
      case "token":
        return sendJson(response, 405, problems.notFound("The token endpoint takes POST"));
      default: {
        const unknown: never = endpoint;
        return sendJson(response, 404, problems.notFound(String(unknown)));
      }
    }
  }

  function createDm(url: URL, body: string, response: ServerResponse, window: RateWindow): void {
    const participantId = /\/with\/(\d+)\/messages$/.exec(url.pathname)?.[1] ?? "";
    const text = requestBodyOf(body).text;
    if (text === undefined || text === "")
      return sendJson(response, 400, problems.invalidRequest("text is required"), window);
    const recipient = users.get(participantId);
    if (recipient && !recipient.acceptsDms) return sendJson(response, 403, problems.dmNotAccepted, window);
    const dm: SimulatedDm = {
      id: snowflake(),
      senderId: account.id,
      recipientId: participantId,
      text,
      createdAt: new Date(),
    };
    dms.push(dm);
    const conversationId = oneToOneConversationId(account.id, participantId);
    sent.push({ kind: "dm", id: dm.id, to: participantId, text, conversationId });
    sendJson(response, 201, { data: { dm_conversation_id: conversationId, dm_event_id: dm.id } }, window);
    void deliver(dmEvent("dm.sent", account, dm, userList(account.id, participantId)));
  }

  function createPost(body: string, response: ServerResponse, window: RateWindow): void {
    const request = requestBodyOf(body);
    const text = request.text ?? "";
    const replyTo = request.reply?.in_reply_to_tweet_id;
    if (xPostLength(text).tooLong)
      return sendJson(response, 400, problems.invalidRequest("Your Post text is too long."), window);
    const parent = typeof replyTo === "string" ? posts.find((post) => post.id === replyTo) : undefined;
    if (replyTo !== undefined && !parent) {
      return sendJson(
        response,
        400,
        problems.invalidRequest("The Post you are replying to has been deleted or is not visible to you."),
        window,
      );
    }
    const post = simulatedPost({
      author: account,
      text,
      ...(parent
        ? {
            inReplyTo: {
              postId: parent.id,
              userId: parent.author_id,
              conversationId: parent.conversation_id,
            },
          }
        : {}),
    });
    posts.push(post);
    sent.push({
      kind: "post",
      id: post.id,
      text,
      inReplyTo: parent?.id,
      conversationId: post.conversation_id,
    });
    sendJson(response, 201, { data: { id: post.id, text, edit_history_tweet_ids: [post.id] } }, window);
    void deliver(
      postEvent("post.create", account, post, userList(account.id, parent?.author_id ?? account.id)),
    );
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ...problems.serverError, detail: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the fake X API has no TCP port");
  const { port } = address;
  const baseUrl = `http://127.0.0.1:${String(port)}`;

  return {
    url: baseUrl,
    account,
    tokens,
    /** What Emma sent, oldest first. */
    sent,
    posts,
    dms,
    /** Deliveries Emma refused (X would retry them). */
    deliveryErrors,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
    /** Tokens for the account, as an admin's "connect X account" would get them. */
    issueTokens: (now?: Date): IssuedTokens => tokens.issue(account.id, now),
    /** An OAuth 1.0a token for the account (the app's consumer key and secret sign with it). */
    issueOAuth1: (consumerKey: string): OAuth1Account => {
      const credentials = {
        consumerKey,
        consumerSecret: options.consumerSecret,
        accessToken: `${account.id}-${snowflake()}`,
        accessTokenSecret: snowflake(),
      };
      oauth1.set(account.id, credentials);
      return credentials;
    },
    /** Deliver X Activity API events for the account to this URL from now on (Emma's webhook). */
    registerWebhook: (webhookUrl: string) => {
      driver = createXWebhookDriver({ webhookUrl, consumerSecret: options.consumerSecret });
      return driver;
    },
    setSubscriptions: (eventTypes: string[]) => {
      subscriptions = eventTypes;
    },
    addUser: (user: SimulatedXUser, settings: { acceptsDms?: boolean } = {}) => {
      users.set(user.id, { ...user, acceptsDms: settings.acceptsDms ?? true });
    },
    /** The next calls of an endpoint fail like this, once each, in order. */
    failNext: (endpoint: FakeXEndpoint, failure: FakeXFailure) =>
      failures.set(endpoint, [...(failures.get(endpoint) ?? []), failure]),
    /** The endpoint's window: `remaining: 0` makes X's next answer carry it, then 429 until reset. */
    setRateLimit: (endpoint: FakeXEndpoint, window: Partial<RateWindow>) =>
      windows.set(endpoint, { ...windowOf(endpoint), ...window }),
    /** A customer @mentions the account (a new public thread, or a reply to a post of the thread). */
    customerPosts: (author: SimulatedXUser, text: string, inReplyTo?: SimulatedPost) => {
      users.set(author.id, { acceptsDms: true, ...users.get(author.id), ...author });
      const post = simulatedPost({
        author,
        text,
        ...(inReplyTo
          ? {
              inReplyTo: {
                postId: inReplyTo.id,
                userId: inReplyTo.author_id,
                conversationId: inReplyTo.conversation_id,
              },
            }
          : {}),
      });
      posts.push(post);
      const type = inReplyTo?.author_id === account.id ? "post.reply.create" : "post.mention.create";
      return { post, delivered: deliver(postEvent(type, account, post, userList(author.id, account.id))) };
    },
    /** A customer writes the account a direct message. */
    customerDms: (author: SimulatedXUser, text: string) => {
      users.set(author.id, { acceptsDms: true, ...users.get(author.id), ...author });
      const dm: SimulatedDm = {
        id: snowflake(),
        senderId: author.id,
        recipientId: account.id,
        text,
        createdAt: new Date(),
      };
      dms.push(dm);
      return { dm, delivered: deliver(dmEvent("dm.received", account, dm, userList(author.id, account.id))) };
    },
    /** A post is deleted on X (by its author): gone from the lists, post.delete delivered. */
    deletePost: (postId: string) => {
      const index = posts.findIndex((post) => post.id === postId);
      const [post] = index >= 0 ? posts.splice(index, 1) : [];
      return deliver(postDeleteEvent(account.id, postId, post?.author_id ?? account.id));
    },
    /** Waits for every delivery under way (Emma's answers to them). */
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export type FakeXApi = Awaited<ReturnType<typeof startFakeXApi>>;
