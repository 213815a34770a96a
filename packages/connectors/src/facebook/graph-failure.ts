import type { SendOutcome } from "../connector.ts";
import type { GraphResponse } from "./graph-client.ts";
import { classifyGraphError, graphErrorText } from "./graph-error.ts";
import { regainAccessAt } from "./usage-headers.ts";
import { ALREADY_REPLIED_PRIVATELY } from "./window-words.ts";

export type SendKind = "messenger" | "public_reply" | "private_reply";

/** Meta says "wait and retry" without saying how long: its usage windows are an hour at most. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;

/** A failed Graph call as the outbox sees it: Meta's words, whether retrying can help, and when. */
export function graphFailure(
  kind: SendKind,
  response: Extract<GraphResponse, { ok: false }>,
  now: Date,
): Extract<SendOutcome, { ok: false }> {
  if (response.kind === "network") return { ok: false, permanent: false, error: response.message };
  const said = graphErrorText(response.error);
  const verdict = classifyGraphError(response.error);
  switch (verdict) {
    case "reconnect":
      return {
        ok: false,
        permanent: true,
        reconnect: true,
        error: `${said}. The Page's access token is no longer valid: an admin must reconnect the Page in the connector settings.`,
      };
    case "rate_limited":
      return {
        ok: false,
        permanent: false,
        retryAfter:
          regainAccessAt(response.headers, now) ?? new Date(now.getTime() + DEFAULT_RATE_LIMIT_WAIT_MS),
        error: `${said}. Meta is throttling this Page's app; Emma tries again when Meta lets it.`,
      };
    case "window_closed":
      return {
        ok: false,
        permanent: true,
        error:
          kind === "private_reply"
            ? `${said}. Meta allows the one private reply to a comment only within 7 days of the comment: answer publicly instead.`
            : `${said}. Meta accepts replies only within 24 hours of the customer's last message (7 days with the human agent tag): the customer has to write again.`,
      };
    case "already_replied":
      return { ok: false, permanent: true, error: `${said}. ${ALREADY_REPLIED_PRIVATELY}` };
    case "permission":
      return {
        ok: false,
        permanent: true,
        error: `${said}. The Page's token lacks a permission this reply needs (pages_messaging for Messenger and private replies, pages_manage_engagement for comments).`,
      };
    case "unavailable":
      return {
        ok: false,
        permanent: true,
        error: `${said}. Meta will not deliver to this person now (blocked the Page or left Messenger).`,
      };
    case "transient":
      return {
        ok: false,
        permanent: false,
        error: `${said}. A temporary problem at Meta; Emma tries again.`,
      };
    case "rejected":
      return { ok: false, permanent: response.status < 500, error: said };
    default: {
      const unknown: never = verdict;
      return { ok: false, permanent: false, error: `${said} (${String(unknown)})` };
    }
  }
}
