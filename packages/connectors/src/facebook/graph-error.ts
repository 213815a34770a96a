import { z } from "zod";

/**
 * Graph API's error body (Graph API "Handling Errors"):
 * `{"error":{"message","type","code","error_subcode","error_user_msg","is_transient","fbtrace_id"}}`.
 */
export const graphErrorSchema = z.object({
  error: z.object({
    message: z.string().describe("Meta's own words"),
    type: z.string().optional().describe("OAuthException, GraphMethodException, …"),
    code: z
      .number()
      .int()
      .describe("The error class: 190 token, 4/17/32/613 rate limits, 10/200 permissions, …"),
    error_subcode: z.number().int().optional().describe("Detail, e.g. 2018278: outside the allowed window"),
    error_user_title: z.string().optional().describe("A title Meta suggests showing to people"),
    error_user_msg: z.string().optional().describe("A sentence Meta suggests showing to people"),
    is_transient: z.boolean().optional().describe("Meta says a retry may succeed"),
    fbtrace_id: z.string().optional().describe("Meta's trace id for support requests"),
  }),
});
export type GraphError = z.infer<typeof graphErrorSchema>["error"];

/** What Emma does about a Graph error; each class has its recovery in Meta's table. */
export type GraphErrorClass =
  | "reconnect"
  | "rate_limited"
  | "window_closed"
  | "already_replied"
  | "permission"
  | "unavailable"
  | "transient"
  | "rejected";

// Meta's codes: Graph API "Handling Errors" and Messenger Platform "Common Error Codes".
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
/** Business-use-case (Page) rate limits: 80001 Pages, 80006 Messenger. */
const BUC_RATE_LIMIT_CODES = new Set([80001, 80006]);
const OUTSIDE_WINDOW_SUBCODE = 2018278;
/** Private Replies: "Activity already replied to": only one private reply per comment. */
const ALREADY_REPLIED_CODE = 10900;

export function classifyGraphError(error: GraphError): GraphErrorClass {
  const { code, error_subcode: subcode } = error;
  // 102 is the old "API session" error, handled like 190 in Meta's table.
  if (code === 190 || code === 102) return "reconnect";
  if (RATE_LIMIT_CODES.has(code) || BUC_RATE_LIMIT_CODES.has(code)) return "rate_limited";
  if (subcode === OUTSIDE_WINDOW_SUBCODE) return "window_closed";
  if (code === ALREADY_REPLIED_CODE) return "already_replied";
  if (code === 10 || (code >= 200 && code <= 299) || code === 3) return "permission";
  // 551: "This person isn't available right now" (blocked the Page, deactivated, …).
  if (code === 551) return "unavailable";
  if (code === 1 || code === 2 || code === 341 || error.is_transient === true) return "transient";
  return "rejected";
}

/** Meta's words with its codes, for the outbox error and the logs; never a token. */
export function graphErrorText(error: GraphError): string {
  const codes = error.error_subcode === undefined ? `${error.code}` : `${error.code}/${error.error_subcode}`;
  const trace = error.fbtrace_id ? `, fbtrace_id ${error.fbtrace_id}` : "";
  return `Meta: ${error.message} (code ${codes}${trace})`;
}
