import type { ProviderContext } from "../../connector.ts";
import type { DiscourseConfig, DiscourseSecrets } from "../discourse-config.ts";
import { API_KEY, forumConfig, WEBHOOK_SECRET } from "./discourse-fixtures.ts";

/** The connector's context against a local fake forum at `apiUrl`. */
export function forumContext(
  apiUrl: string,
  overrides: Partial<DiscourseConfig> = {},
): ProviderContext<DiscourseConfig, DiscourseSecrets> {
  return {
    config: forumConfig({ apiUrl, ...overrides }),
    secrets: { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET },
    saveSecrets: () => Promise.resolve(),
  };
}
