import type { RawIdentity } from "@emma/core";
import type { DiscourseConfig } from "./discourse-config.ts";

/** A forum user: the id is only unique on its own site, so the site goes with it. */
export function forumIdentity(
  config: Pick<DiscourseConfig, "siteUrl">,
  userId: number,
  username: string,
): RawIdentity {
  return { kind: "forum", value: String(userId), site: config.siteUrl, display: username };
}

/** The forum user id of a stored identity: "<host>:<id>" once normalized, or the bare id. */
export function forumUserIdOf(value: string): number | undefined {
  const match = /(?:^|:)(-?\d{1,12})$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
