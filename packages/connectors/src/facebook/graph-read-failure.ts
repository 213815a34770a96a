import { ReconnectNeededError, RetryLaterError } from "../connector.ts";
import type { GraphResponse } from "./graph-client.ts";
import { classifyGraphError, graphErrorText } from "./graph-error.ts";
import { DEFAULT_RATE_LIMIT_WAIT_MS } from "./graph-failure.ts";
import { regainAccessAt } from "./usage-headers.ts";

/**
 * A Graph read that did not answer, for lookups made after ingest (a name, a post): null when Meta
 * has nothing to give us; throws when asking again later may help (RetryLaterError at Meta's time)
 * or only an admin can (ReconnectNeededError).
 */
export function readFailure(response: Exclude<GraphResponse, { ok: true }>, now?: () => Date): null {
  if (response.kind === "network") throw new Error(response.message);
  const said = graphErrorText(response.error);
  const verdict = classifyGraphError(response.error);
  switch (verdict) {
    case "reconnect":
      throw new ReconnectNeededError(`${said}. Reconnect the Page.`);
    case "rate_limited": {
      const at = (now ?? (() => new Date()))();
      throw new RetryLaterError(
        said,
        regainAccessAt(response.headers, at) ?? new Date(at.getTime() + DEFAULT_RATE_LIMIT_WAIT_MS),
      );
    }
    case "transient":
      throw new Error(said);
    // No permission for this person's profile, or no such person: Meta has no name for us.
    case "permission":
    case "unavailable":
    case "rejected":
    case "window_closed":
    case "already_replied":
      return null;
    default: {
      const unknown: never = verdict;
      throw new Error(`${said} (${String(unknown)})`);
    }
  }
}
