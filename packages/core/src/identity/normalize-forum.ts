import { asciiHost } from "./ascii-host.ts";
import type { RawIdentity } from "./identity-kind.ts";
import { displayOrNull, normalized, rejected, type NormalizeResult } from "./normalize-result.ts";

/** "https://Community.Example.de/" and "community.example.de" are the same forum. */
function forumHost(site: string): string | null {
  const trimmed = site.trim();
  if (!trimmed.includes("://")) return asciiHost(trimmed.replace(/\/+$/, ""));
  try {
    return asciiHost(new URL(trimmed).hostname);
  } catch {
    return null;
  }
}

/** A forum user id is only unique on its own site, so the site is part of the value. */
export function normalizeForum(raw: RawIdentity): NormalizeResult {
  const userId = raw.value.trim();
  if (userId === "") return rejected("empty", "The forum user id is empty");
  if (/\s/.test(userId)) return rejected("invalid", `"${userId}" is not a forum user id`);
  if (raw.site === undefined || raw.site.trim() === "") {
    return rejected("invalid", "A forum identity needs the forum's site: user ids are only unique per forum");
  }
  const site = forumHost(raw.site);
  if (site === null) return rejected("invalid", `"${raw.site}" is not a forum host name`);
  return normalized({ kind: "forum", value: `${site}:${userId}`, display: displayOrNull(raw.display) });
}
