import { createHmac } from "node:crypto";
import {
  MESSENGER_HUMAN_AGENT_WINDOW_MS,
  MESSENGER_RESPONSE_WINDOW_MS,
  PRIVATE_REPLY_WINDOW_MS,
} from "@emma/core";
import type { FakeGraphSettings, KnownComment } from "./fake-graph-state.ts";
import { graphError, usageHeaders, type GraphErrorReply } from "./graph-failures.ts";
import type { ReadRequest } from "./graph-request.ts";
import { newMid, newObjectId } from "./webhook-events.ts";

export interface GraphReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What a route did that Meta would report back through the webhook. */
export type GraphEffect =
  | { kind: "message_sent"; psid: string; mid: string; text: string }
  | { kind: "comment_posted"; postId: string; commentId: string; parentId: string; text: string };

export interface GraphWorld {
  settings: FakeGraphSettings;
  tokenExpired: boolean;
  lastInbound: Map<string, Date>;
  comments: Map<string, KnownComment>;
}

/** Meta's answers to the calls the connector makes; the rest get Meta's "unsupported" error. */
export function routeGraph(
  request: ReadRequest,
  world: GraphWorld,
): { reply: GraphReply; effect?: GraphEffect } {
  const now = world.settings.now();
  if (request.path === "debug_token" && request.method === "GET")
    return { reply: debugToken(request, world, now) };
  const refused = checkPageToken(request, world, now);
  if (refused) return { reply: refused };
  const { pageId } = world.settings;
  if (request.method === "POST" && (request.path === "me/messages" || request.path === `${pageId}/messages`))
    return sendMessage(request, world, now);
  const commentsEdge = /^([^/]+)\/comments$/.exec(request.path);
  if (request.method === "POST" && commentsEdge?.[1]) return postComment(commentsEdge[1], request, world);
  if (request.method === "GET" && request.path === `${pageId}/subscribed_apps`)
    return { reply: subscribedApps(world) };
  if (request.method === "GET" && /^\d+$/.test(request.path)) return { reply: profile(request, world) };
  if (request.method === "GET" && /^\d+_\d+$/.test(request.path)) return { reply: post(request, world) };
  return { reply: unsupported(request.path) };
}

function ok(body: unknown, world: GraphWorld): GraphReply {
  return { status: 200, body, headers: usageHeaders(world.settings.pageId, "business", 3, 0) };
}

function checkPageToken(request: ReadRequest, world: GraphWorld, now: Date): GraphErrorReply | undefined {
  const { pageAccessToken, appSecret, tokenExpiresAt } = world.settings;
  if (request.token === undefined)
    return graphError(400, { code: 104, message: "An access token is required to request this resource." });
  if (request.token !== pageAccessToken)
    return graphError(400, { code: 190, message: "Invalid OAuth access token - Cannot parse access token" });
  if (world.tokenExpired || (tokenExpiresAt !== null && now > tokenExpiresAt))
    return graphError(400, {
      code: 190,
      error_subcode: 463,
      message: `Error validating access token: Session has expired on ${(tokenExpiresAt ?? now).toUTCString()}.`,
    });
  if (request.appSecretProof !== undefined) {
    const expected = createHmac("sha256", appSecret).update(request.token).digest("hex");
    if (request.appSecretProof !== expected)
      return graphError(400, {
        type: "GraphMethodException",
        code: 100,
        message: "Invalid appsecret_proof provided in the API argument",
      });
  }
  return undefined;
}

function sendMessage(
  request: ReadRequest,
  world: GraphWorld,
  now: Date,
): { reply: GraphReply; effect?: GraphEffect } {
  const recipient = asRecord(request.body.recipient);
  const message = asRecord(request.body.message);
  const text = typeof message?.text === "string" ? message.text : undefined;
  if (!recipient || text === undefined || text.length === 0)
    return {
      reply: graphError(400, {
        code: 100,
        message: "(#100) The parameter recipient and message[text] are required",
      }),
    };
  if (Array.from(text).length > 2000)
    return {
      reply: graphError(400, {
        code: 100,
        message: "(#100) Length of param message[text] must be less than or equal to 2000",
      }),
    };

  const commentId = typeof recipient.comment_id === "string" ? recipient.comment_id : undefined;
  if (commentId !== undefined) {
    const comment = world.comments.get(commentId);
    if (comment?.privatelyAnswered)
      return { reply: graphError(400, { code: 10900, message: "Activity already replied to" }) };
    if (comment && now.getTime() - comment.createdAt.getTime() > PRIVATE_REPLY_WINDOW_MS)
      return {
        reply: graphError(400, {
          code: 10,
          error_subcode: 2018278,
          message: "(#10) This message is sent outside of allowed window.",
        }),
      };
    if (comment) comment.privatelyAnswered = true;
    const mid = newMid();
    const psid = comment?.authorId;
    return {
      reply: ok({ ...(psid ? { recipient_id: psid } : {}), message_id: mid }, world),
      ...(psid ? { effect: { kind: "message_sent", psid, mid, text } } : {}),
    };
  }

  const psid = typeof recipient.id === "string" ? recipient.id : undefined;
  if (psid === undefined)
    return { reply: graphError(400, { code: 100, message: "(#100) param recipient must be non-empty." }) };
  const type = request.body.messaging_type;
  if (type !== "RESPONSE" && type !== "UPDATE" && type !== "MESSAGE_TAG")
    return {
      reply: graphError(400, {
        code: 100,
        message: "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}",
      }),
    };
  if (type === "MESSAGE_TAG" && request.body.tag !== "HUMAN_AGENT")
    return {
      reply: graphError(400, { code: 100, message: "(#100) Param tag must be a supported message tag" }),
    };
  // Meta only knows the window of people who wrote; the fake is lenient about people it never saw.
  const wrote = world.lastInbound.get(psid);
  const allowed = type === "MESSAGE_TAG" ? MESSENGER_HUMAN_AGENT_WINDOW_MS : MESSENGER_RESPONSE_WINDOW_MS;
  if (wrote && now.getTime() - wrote.getTime() > allowed)
    return {
      reply: graphError(400, {
        code: 10,
        error_subcode: 2018278,
        message: "(#10) This message is sent outside of allowed window.",
      }),
    };
  const mid = newMid();
  return {
    reply: ok({ recipient_id: psid, message_id: mid }, world),
    effect: { kind: "message_sent", psid, mid, text },
  };
}

function postComment(
  parentId: string,
  request: ReadRequest,
  world: GraphWorld,
): { reply: GraphReply; effect?: GraphEffect } {
  const text = typeof request.body.message === "string" ? request.body.message : undefined;
  if (text === undefined || text.length === 0)
    return { reply: graphError(400, { code: 100, message: "(#100) Missing message or attachment" }) };
  const known = world.comments.get(parentId);
  const objectId = parentId.split("_")[0] ?? parentId;
  const postId = known?.postId ?? `${world.settings.pageId}_${objectId}`;
  const commentId = `${objectId}_${newObjectId()}`;
  world.comments.set(commentId, { postId, createdAt: world.settings.now(), privatelyAnswered: false });
  return {
    reply: ok({ id: commentId }, world),
    effect: { kind: "comment_posted", postId, commentId, parentId, text },
  };
}

function debugToken(request: ReadRequest, world: GraphWorld, now: Date): GraphReply {
  const { appId, appSecret, pageId, pageAccessToken, tokenExpiresAt, dataAccessExpiresAt, scopes, pageName } =
    world.settings;
  if (request.token !== `${appId}|${appSecret}`)
    return graphError(400, { code: 190, message: "Invalid OAuth access token signature." });
  const input = request.query.input_token;
  if (input !== pageAccessToken)
    return ok(
      { data: { is_valid: false, scopes: [], error: { code: 190, message: "Invalid OAuth access token." } } },
      world,
    );
  const expired = world.tokenExpired || (tokenExpiresAt !== null && now > tokenExpiresAt);
  const seconds = (date: Date | null) => (date === null ? 0 : Math.floor(date.getTime() / 1000));
  return ok(
    {
      data: {
        app_id: appId,
        type: "PAGE",
        application: "Emma",
        data_access_expires_at: seconds(dataAccessExpiresAt),
        expires_at: seconds(tokenExpiresAt),
        is_valid: !expired,
        issued_at: seconds(now) - 86_400,
        profile_id: pageId,
        scopes,
        granular_scopes: scopes.map((scope) => ({ scope, target_ids: [pageId] })),
        user_id: "10229999999999999",
        ...(expired
          ? {
              error: {
                code: 190,
                subcode: 463,
                message: `Error validating access token: Session has expired. (${pageName})`,
              },
            }
          : {}),
      },
    },
    world,
  );
}

function subscribedApps(world: GraphWorld): GraphReply {
  const { subscribedFields, appId } = world.settings;
  if (subscribedFields === null) return ok({ data: [] }, world);
  return ok(
    {
      data: [
        {
          category: "Business",
          link: "https://emma.example/",
          name: "Emma",
          id: appId,
          subscribed_fields: subscribedFields,
        },
      ],
    },
    world,
  );
}

function profile(request: ReadRequest, world: GraphWorld): GraphReply {
  const person = world.settings.profiles[request.path];
  if (!person) return unsupported(request.path);
  const fields = (request.query.fields ?? "first_name,last_name").split(",");
  const all: Record<string, string> = {
    ...person,
    name: `${person.first_name} ${person.last_name}`,
    id: request.path,
  };
  return ok(
    Object.fromEntries(fields.filter((field) => field in all).map((field) => [field, all[field]])),
    world,
  );
}

function post(request: ReadRequest, world: GraphWorld): GraphReply {
  const message = world.settings.posts[request.path];
  if (message === undefined) return unsupported(request.path);
  const fields = (request.query.fields ?? "message").split(",");
  const all: Record<string, string> = { id: request.path, message };
  return ok(
    Object.fromEntries(fields.filter((field) => field in all).map((field) => [field, all[field]])),
    world,
  );
}

function unsupported(path: string): GraphErrorReply {
  return graphError(400, {
    type: "GraphMethodException",
    code: 100,
    error_subcode: 33,
    message: `Unsupported get request. Object with ID '${path}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : undefined;
}
