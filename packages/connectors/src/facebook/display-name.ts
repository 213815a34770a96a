import { z } from "zod";
import { ReconnectNeededError, RetryLaterError, type ProviderContext } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { callGraph, type FetchLike } from "./graph-client.ts";
import { classifyGraphError, graphErrorText } from "./graph-error.ts";
import { DEFAULT_RATE_LIMIT_WAIT_MS } from "./graph-failure.ts";
import { regainAccessAt } from "./usage-headers.ts";

const profileSchema = z.object({
  name: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

/**
 * The name Messenger shows for a PSID (Messenger User Profile API, `GET /{psid}?fields=…`).
 * null when Meta has none to give (no profile access for this person, an unknown id); throws when
 * asking again later may help, so the API keeps the identity unnamed until then.
 */
export async function facebookDisplayName(
  identity: { kind: string; value: string },
  { config, secrets }: ProviderContext<FacebookConfig, FacebookSecrets>,
  dependencies: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<string | null> {
  if (identity.kind !== "facebook" || !/^\d{1,32}$/.test(identity.value)) return null;
  const response = await callGraph(
    { base: config.graphApiBase, version: config.graphApiVersion },
    {
      method: "GET",
      path: identity.value,
      query: { fields: "name,first_name,last_name" },
      accessToken: secrets.pageAccessToken,
      appSecret: secrets.appSecret,
    },
    dependencies.fetch,
  );
  if (response.ok) {
    const profile = profileSchema.safeParse(response.data);
    if (!profile.success) return null;
    const { name, first_name: first, last_name: last } = profile.data;
    const joined = [first, last].filter(Boolean).join(" ");
    return name?.trim() || joined.trim() || null;
  }
  if (response.kind === "network") throw new Error(response.message);
  const said = graphErrorText(response.error);
  const verdict = classifyGraphError(response.error);
  switch (verdict) {
    case "reconnect":
      throw new ReconnectNeededError(`${said}. Reconnect the Page.`);
    case "rate_limited": {
      const now = (dependencies.now ?? (() => new Date()))();
      throw new RetryLaterError(
        said,
        regainAccessAt(response.headers, now) ?? new Date(now.getTime() + DEFAULT_RATE_LIMIT_WAIT_MS),
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
