import { randomBytes } from "node:crypto";

/**
 * Failures the fake Graph API can be told to give, each with Meta's status, error JSON and headers
 * (Graph API "Handling Errors", "Rate Limiting"; Messenger Platform "Common Error Codes").
 */
export type GraphFailure =
  | { kind: "token_expired" }
  | { kind: "token_invalid" }
  | {
      kind: "rate_limit";
      code: 4 | 17 | 32 | 613 | 80001 | 80006;
      /** Minutes in estimated_time_to_regain_access; omitted: no usage header names a wait. */
      regainMinutes?: number;
      /** Which usage header carries the wait (Page tokens: business use case). */
      header?: "business" | "app";
    }
  | { kind: "window_closed" }
  | { kind: "already_replied" }
  | { kind: "permission"; code: 10 | 200 }
  | { kind: "unavailable" }
  | { kind: "transient"; code: 1 | 2 }
  /** The connection drops before any answer. */
  | { kind: "disconnect" };

export interface GraphErrorReply {
  status: number;
  body: { error: Record<string, unknown> };
  headers: Record<string, string>;
}

export function fbtraceId(): string {
  return randomBytes(8).toString("base64").replace(/[+/=]/g, "A").slice(0, 11);
}

export function graphError(
  status: number,
  fields: { message: string; type?: string; code: number; error_subcode?: number; is_transient?: boolean },
  headers: Record<string, string> = {},
): GraphErrorReply {
  return {
    status,
    body: { error: { type: "OAuthException", ...fields, fbtrace_id: fbtraceId() } },
    headers,
  };
}

export function failureReply(
  failure: Exclude<GraphFailure, { kind: "disconnect" }>,
  pageId: string,
  now: Date,
): GraphErrorReply {
  switch (failure.kind) {
    case "token_expired":
      return graphError(400, {
        code: 190,
        error_subcode: 463,
        message: `Error validating access token: Session has expired on ${now.toUTCString()}. The current time is ${now.toUTCString()}.`,
      });
    case "token_invalid":
      return graphError(400, {
        code: 190,
        error_subcode: 460,
        message:
          "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
      });
    case "rate_limit":
      return graphError(
        400,
        { code: failure.code, message: rateLimitMessage(failure.code), is_transient: true },
        usageHeaders(pageId, failure.header ?? "business", 100, failure.regainMinutes ?? 0),
      );
    case "window_closed":
      return graphError(400, {
        code: 10,
        error_subcode: 2018278,
        message: "(#10) This message is sent outside of allowed window.",
      });
    case "already_replied":
      return graphError(400, { code: 10900, message: "Activity already replied to" });
    case "permission":
      return graphError(403, {
        code: failure.code,
        message:
          failure.code === 10
            ? "(#10) This endpoint requires the 'pages_messaging' permission to manage the object"
            : "(#200) Requires pages_manage_engagement permission to manage the object",
      });
    case "unavailable":
      return graphError(400, {
        code: 551,
        error_subcode: 1545041,
        message: "This person isn't available right now.",
      });
    case "transient":
      return failure.code === 1
        ? graphError(500, { code: 1, message: "An unknown error has occurred.", is_transient: true })
        : graphError(503, {
            code: 2,
            message: "An unexpected error has occurred. Please retry your request later.",
            is_transient: true,
          });
    default: {
      const unknown: never = failure;
      return graphError(500, { code: 1, message: `unknown failure ${String(unknown)}` });
    }
  }
}

function rateLimitMessage(code: number): string {
  switch (code) {
    case 4:
      return "(#4) Application request limit reached";
    case 17:
      return "(#17) User request limit reached";
    case 32:
      return "(#32) Page request limit reached";
    case 613:
      return "(#613) Calls to this api have exceeded the rate limit.";
    default:
      return `(#${code}) There have been too many calls from this Page.`;
  }
}

/** The usage headers Meta adds to answers; `percent` of the quota used, the wait in minutes. */
export function usageHeaders(
  pageId: string,
  which: "business" | "app",
  percent: number,
  regainMinutes: number,
): Record<string, string> {
  if (which === "app") {
    return {
      "x-app-usage": JSON.stringify({
        call_count: percent,
        total_cputime: Math.min(percent, 40),
        total_time: Math.min(percent, 40),
        ...(regainMinutes > 0 ? { estimated_time_to_regain_access: regainMinutes } : {}),
      }),
    };
  }
  return {
    "x-business-use-case-usage": JSON.stringify({
      [pageId]: [
        {
          type: "pages",
          call_count: percent,
          total_cputime: Math.min(percent, 40),
          total_time: Math.min(percent, 40),
          estimated_time_to_regain_access: regainMinutes,
        },
      ],
    }),
  };
}
