import { z } from "zod";
import type { ProviderContext } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { callGraph, type FetchLike } from "./graph-client.ts";
import { readFailure } from "./graph-read-failure.ts";

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
  return readFailure(response, dependencies.now);
}
