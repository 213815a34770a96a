import { createHash, timingSafeEqual } from "node:crypto";
import type { WebhookRequest } from "../connector.ts";

/**
 * The token a PBX sent: `?token=` in the URL (what most PBX webhook settings can do) or an
 * `Authorization: Bearer` header (which stays out of proxy access logs, so preferred where possible).
 */
export function ctiTokenOf(request: WebhookRequest): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
  if (bearer) return bearer;
  const query = request.url.split("#")[0]?.split("?")[1];
  const token = query === undefined ? null : new URLSearchParams(query).get("token");
  return token === null || token === "" ? undefined : token;
}

/**
 * Constant-time, including the length: both sides are hashed first, so neither how much of a guess
 * was right nor how long the token is shows in the timing.
 */
export function sameToken(expected: string, given: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(expected), digest(given));
}
