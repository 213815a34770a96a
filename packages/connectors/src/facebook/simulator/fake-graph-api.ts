import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeCdn } from "./fake-cdn.ts";
import { defaultsOf, type FakeGraphOptions } from "./fake-graph-state.ts";
import { failureReply, graphError, type GraphFailure } from "./graph-failures.ts";
import { readGraphRequest, type RecordedGraphRequest } from "./graph-request.ts";
import { routeGraph, type GraphEffect, type GraphReply, type GraphWorld } from "./graph-routes.ts";
import { noteDelivered } from "./note-delivered.ts";
import { createFacebookWebhookDriver, type Delivery } from "./webhook-driver.ts";
import { commentChange, echoMessage, pageWebhook } from "./webhook-events.ts";

export interface FakeGraphApi {
  /** The connector's graphApiBase. */
  url: string;
  pageId: string;
  appId: string;
  /** Every Graph call Emma made, in order (tokens are not kept). */
  requests: RecordedGraphRequest[];
  /** The webhooks the fake delivered back to the registered callback (echoes, the Page's comments). */
  deliveries: (Delivery | { error: string })[];
  /** The next `times` calls that reach a route (not debug_token) fail so. */
  failNext(failure: GraphFailure, times?: number): void;
  /** From now on the Page token is expired (every call 190, debug_token is_valid false). */
  expireToken(): void;
  setTokenExpiresAt(date: Date | null): void;
  setSubscribedFields(fields: string[] | null): void;
  /** Meta's view of the conversation: this person last wrote then (the window runs from it). */
  noteInbound(psid: string, at: Date): void;
  noteComment(comment: { commentId: string; postId: string; authorId?: string; createdAt: Date }): void;
  /** Learns windows and comments from a webhook body the driver delivers, as Meta knows them. */
  observe(payload: unknown): void;
  /** Where Meta would deliver the Page's webhooks: echoes of accepted sends go there, signed. */
  registerCallback(callback: { url: string; appSecret?: string }): void;
  /** A Messenger-CDN-like URL for a file, valid for `validForMs` (default one hour). */
  cdnFile(file: { name: string; contentType: string; body: Buffer; validForMs?: number }): string;
  /** Resolves when every webhook the fake started delivering has been answered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local stand-in for graph.facebook.com (127.0.0.1, a free port) with the endpoints the connector
 * calls, Meta's error JSON and status codes, usage headers, injectable failures, and — as Meta
 * does — the echo webhook of every message it accepted and the feed webhook of every comment.
 */
export async function startFakeGraphApi(options: FakeGraphOptions = {}): Promise<FakeGraphApi> {
  const settings = defaultsOf(options);
  const world: GraphWorld = { settings, tokenExpired: false, lastInbound: new Map(), comments: new Map() };
  const cdn = createFakeCdn(settings.now);
  const requests: RecordedGraphRequest[] = [];
  const deliveries: FakeGraphApi["deliveries"] = [];
  const failures: GraphFailure[] = [];
  const pending = new Set<Promise<void>>();
  let callback: { url: string; appSecret: string } | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/cdn/")) {
      cdn.serve(url, res);
      return;
    }
    const [, version = "", ...rest] = url.pathname.split("/");
    void readGraphRequest(req, url, version, rest.join("/"))
      .then((request) => {
        const { token: _token, ...recorded } = request;
        requests.push(recorded);
        if (!settings.versions.includes(version)) {
          reply(
            res,
            graphError(400, {
              type: "GraphMethodException",
              code: 2635,
              message: `(#2635) You are calling a deprecated or unknown version of the Graph API (${version}).`,
            }),
          );
          return;
        }
        const failure = request.path === "debug_token" ? undefined : failures.shift();
        if (failure?.kind === "disconnect") {
          res.socket?.destroy();
          return;
        }
        if (failure) {
          reply(res, failureReply(failure, settings.pageId, settings.now()));
          return;
        }
        const { reply: answer, effect } = routeGraph(request, world);
        reply(res, answer);
        if (effect) report(effect);
      })
      .catch((error: unknown) => {
        reply(
          res,
          graphError(400, { code: 100, message: `(#100) Could not read the request: ${String(error)}` }),
        );
      });
  });

  function reply(res: ServerResponse, answer: GraphReply): void {
    res
      .writeHead(answer.status, { "content-type": "application/json; charset=UTF-8", ...answer.headers })
      .end(JSON.stringify(answer.body));
  }

  /** Meta reports what the Page did through the webhook, after answering the call. */
  function report(effect: GraphEffect): void {
    if (callback === undefined) return;
    const driver = createFacebookWebhookDriver({ callbackUrl: callback.url, appSecret: callback.appSecret });
    const payload =
      effect.kind === "message_sent"
        ? pageWebhook(settings.pageId, {
            messaging: [
              echoMessage({
                pageId: settings.pageId,
                psid: effect.psid,
                mid: effect.mid,
                text: effect.text,
                appId: settings.appId,
              }),
            ],
          })
        : pageWebhook(settings.pageId, {
            changes: [
              commentChange({
                postId: effect.postId,
                commentId: effect.commentId,
                parentId: effect.parentId,
                from: { id: settings.pageId, name: settings.pageName },
                message: effect.text,
                createdTime: Math.floor(settings.now().getTime() / 1000),
              }),
            ],
          });
    const delivery = driver
      .deliver(payload)
      .then((answer) => {
        deliveries.push(answer);
      })
      .catch((error: unknown) => {
        deliveries.push({ error: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => pending.delete(delivery));
    pending.add(delivery);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: FakeGraphApi = {
    url,
    pageId: settings.pageId,
    appId: settings.appId,
    requests,
    deliveries,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    expireToken() {
      world.tokenExpired = true;
    },
    setTokenExpiresAt(date) {
      settings.tokenExpiresAt = date;
    },
    setSubscribedFields(fields) {
      settings.subscribedFields = fields;
    },
    noteInbound(psid, at) {
      const known = world.lastInbound.get(psid);
      if (!known || known < at) world.lastInbound.set(psid, at);
    },
    noteComment({ commentId, postId, authorId, createdAt }) {
      world.comments.set(commentId, {
        postId,
        createdAt,
        privatelyAnswered: false,
        ...(authorId ? { authorId } : {}),
      });
    },
    observe(payload) {
      noteDelivered(payload, settings.pageId, api);
    },
    registerCallback(target) {
      callback = { url: target.url, appSecret: target.appSecret ?? settings.appSecret };
    },
    cdnFile(file) {
      return cdn.add(url, file);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return api;
}
