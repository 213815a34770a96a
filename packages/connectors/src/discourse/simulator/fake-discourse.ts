import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  FailureQueue,
  failureReply,
  type DiscourseEndpoint,
  type DiscourseFailure,
  type RecordedDiscourseRequest,
} from "./api-failures.ts";
import { authenticate, header, readBody, type DiscourseApiKey } from "./api-auth.ts";
import { matchRoute, readRoute } from "./api-routes.ts";
import { CreatePostRoute, createPostParams } from "./create-post-route.ts";
import type { DiscourseEvent } from "./discourse-delivery.ts";
import { discourseErrors, sendReply, type DiscourseReply } from "./discourse-errors.ts";
import { ForumActions } from "./forum-actions.ts";
import { forumScenario } from "./forum-scenario.ts";
import { ForumState } from "./forum-state.ts";
import { WebhookDispatcher, type DiscourseWebhook } from "./webhook-dispatcher.ts";

export interface FakeDiscourseOptions {
  /** API keys; default one "All users" key, `DEFAULT_DISCOURSE_API_KEY`. */
  apiKeys?: DiscourseApiKey[];
  /** Discourse retries a delivery its receiver refused (site setting retry_web_hook_events); default true. */
  retryWebhooks?: boolean;
  /** Wait before retry n (1-based); default Discourse's 5^(n-1) minutes. Tests pass a few milliseconds. */
  retryDelayMs?: (retry: number) => number;
  /** Deliver an API-created post's webhooks before answering the POST (an echo during the send). */
  echoBeforeResponse?: boolean;
  now?: () => Date;
  /** Where topic and post ids start (default 100 and 1000). */
  idsFrom?: { topic: number; post: number };
}

export const DEFAULT_DISCOURSE_API_KEY = "fake-discourse-all-users-key";

/**
 * A local Discourse for tests, the demo and e2e (node:http on 127.0.0.1, a free port): the API
 * endpoints the connector calls with Discourse's answers and errors, injectable failures, and the
 * signed webhooks Discourse sends for every change, the ones Emma makes through the API included.
 */
export async function startFakeDiscourse(options: FakeDiscourseOptions = {}) {
  const state = new ForumState(options.now ?? (() => new Date()), options.idsFrom);
  state.categories.set(state.newCategoryId(), { id: 1, name: "Uncategorized", slug: "uncategorized" });
  const actions = new ForumActions(state);
  const createPost = new CreatePostRoute(state, actions);
  const keys = new Map(
    (options.apiKeys ?? [{ key: DEFAULT_DISCOURSE_API_KEY }]).map((key) => [key.key, key]),
  );
  const failures = new FailureQueue();
  const requests: RecordedDiscourseRequest[] = [];
  let echoBeforeResponse = options.echoBeforeResponse ?? false;
  let quiet = false;
  let baseUrl = "";
  const dispatcher = new WebhookDispatcher({
    instance: () => baseUrl,
    retries: options.retryWebhooks ?? true,
    retryDelayMs: options.retryDelayMs ?? ((retry) => 5 ** (retry - 1) * 60_000),
  });
  const emit = (events: DiscourseEvent[]): Promise<void> =>
    quiet ? Promise.resolve() : dispatcher.emit(events);
  const scenario = forumScenario(state, actions, (events) => void emit(events));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const method = request.method ?? "GET";
    const body = await readBody(request);
    const route = matchRoute(method, url.pathname);
    const answer = (reply: DiscourseReply, endpoint?: DiscourseEndpoint) => {
      requests.push({
        method,
        url: `${url.pathname}${url.search}`,
        endpoint,
        apiUsername: header(request, "api-username"),
        body,
        status: reply.status,
        at: state.now(),
      });
      sendReply(response, reply);
    };
    if (!route) return answer(discourseErrors.notFound());
    const auth = authenticate(request, keys, state);
    if ("refused" in auth) return answer(auth.refused, route.endpoint);
    const failure = failures.take(route.endpoint);
    if (failure) return answer(failureReply(failure), route.endpoint);
    if (route.endpoint !== "create_post")
      return answer(
        readRoute(route.endpoint, { state, viewer: auth.viewer, url, params: route.params }),
        route.endpoint,
      );
    const result = createPost.handle(
      auth.viewer,
      createPostParams(header(request, "content-type") ?? "", body),
    );
    if (echoBeforeResponse) await emit(result.events);
    answer(result.reply, route.endpoint);
    if (!echoBeforeResponse) void emit(result.events);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendReply(response, { status: 500, body: { errors: [String(error)] } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    /** The site's base URL (also `X-Discourse-Instance` of every delivery). */
    url: baseUrl,
    apiKey: options.apiKeys?.[0]?.key ?? DEFAULT_DISCOURSE_API_KEY,
    /** The forum's rows, for assertions. */
    state,
    /** Every API call, in order (keys are not kept). */
    requests,
    /** Every delivery attempt, in order. */
    deliveries: dispatcher.deliveries,
    ...scenario,
    /** Changes made inside `seed` send no webhooks: history the connector must backfill. */
    quietly<T>(seed: () => T): T {
      quiet = true;
      try {
        return seed();
      } finally {
        quiet = false;
      }
    },
    addApiKey(key: DiscourseApiKey): void {
      keys.set(key.key, key);
    },
    /** Registers a webhook (Discourse answers 2xx → done; else retries with a new event id). */
    addWebhook(webhook: Omit<DiscourseWebhook, "id">): DiscourseWebhook {
      const added = { ...webhook, id: dispatcher.hooks.length + 1 };
      dispatcher.hooks.push(added);
      return added;
    },
    /** The next `times` calls of the endpoint answer so (after authentication, as Discourse's limiter does). */
    failNext(endpoint: DiscourseEndpoint, failure: DiscourseFailure, times = 1): void {
      failures.add(endpoint, failure, times);
    },
    setEchoBeforeResponse(value: boolean): void {
      echoBeforeResponse = value;
    },
    /** The next `count` deliveries never arrive: the connector's catch-up must find those changes. */
    dropNext(count = 1): void {
      dispatcher.dropNext(count);
    },
    /** Sends the last `count` deliveries again with new event ids. */
    redeliverLast(count = 1): Promise<void> {
      return dispatcher.redeliverLast(count);
    },
    /** Resolves when every delivery (and every retry waiting for its time) has been answered. */
    settled(): Promise<void> {
      return dispatcher.settled();
    },
    close(): Promise<void> {
      dispatcher.stop();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

export type FakeDiscourse = Awaited<ReturnType<typeof startFakeDiscourse>>;
