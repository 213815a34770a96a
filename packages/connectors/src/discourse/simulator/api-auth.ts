import type { IncomingMessage } from "node:http";
import { discourseErrors, type DiscourseReply } from "./discourse-errors.ts";
import type { ForumState } from "./forum-state.ts";
import type { ForumUser } from "./forum-types.ts";

/** An API key as an admin creates it: for one user, or for "All users" (then Api-Username picks one). */
export interface DiscourseApiKey {
  key: string;
  /** The user the key is bound to; omitted: any user, named by Api-Username (default system). */
  username?: string;
}

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Discourse's API authentication (DefaultCurrentUserProvider): Api-Key and Api-Username headers. No
 * key is an anonymous request; a wrong key, or a name the key may not act as, is invalid_access.
 */
export function authenticate(
  request: IncomingMessage,
  keys: Map<string, DiscourseApiKey>,
  state: ForumState,
): { viewer: ForumUser | undefined } | { refused: DiscourseReply } {
  const key = header(request, "api-key");
  if (key === undefined) return { viewer: undefined };
  const entry = keys.get(key);
  const asked = header(request, "api-username");
  if (!entry) return { refused: discourseErrors.invalidApiCredentials() };
  if (
    entry.username !== undefined &&
    asked !== undefined &&
    asked.toLowerCase() !== entry.username.toLowerCase()
  )
    return { refused: discourseErrors.invalidApiCredentials() };
  const user = state.userByName(entry.username ?? asked ?? "system");
  return user ? { viewer: user } : { refused: discourseErrors.invalidApiCredentials() };
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
