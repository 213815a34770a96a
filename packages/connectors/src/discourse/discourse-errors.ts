import { z } from "zod";

// Discourse's failures: { errors: [..], error_type: "invalid_access" | "rate_limit" | ..., extras }
// (ApplicationController#render_json_error); some proxies and old versions answer plain text.
const errorBodySchema = z.looseObject({
  errors: z.array(z.string().max(2000)).max(50).optional(),
  error: z.string().max(2000).optional(),
  error_type: z.string().max(100).optional(),
  extras: z.looseObject({ wait_seconds: z.number().nonnegative().optional() }).nullish(),
});
export type DiscourseErrorBody = z.infer<typeof errorBodySchema>;

export function discourseErrorOf(body: unknown): DiscourseErrorBody {
  if (typeof body === "string" && body.trim() !== "") return { errors: [body.trim().slice(0, 500)] };
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data : {};
}

/** Discourse's own words for a failed call: its `errors` joined. */
export function discourseErrorText(status: number, body: unknown): string {
  const error = discourseErrorOf(body);
  const words = [...(error.errors ?? []), ...(error.error ? [error.error] : [])];
  return `Discourse answered ${String(status)}${words.length > 0 ? `: ${words.join(" ")}` : ""}`;
}

/**
 * The key itself is refused (revoked, mistyped, or the Api-Username does not exist): Discourse
 * answers 403 invalid_access "…The API username or key is invalid." or 401, unlike a refusal of
 * one action (a closed topic: 403 "You are not permitted…" without the key sentence).
 */
export function keyRefused(status: number, body: unknown): boolean {
  if (status === 401) return true;
  if (status !== 403) return false;
  const text = (discourseErrorOf(body).errors ?? []).join(" ").toLowerCase();
  return text.includes("api username or key is invalid");
}
