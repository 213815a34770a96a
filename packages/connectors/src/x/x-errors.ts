import { z } from "zod";

// X's v2 errors: an RFC 7807 problem ({title, detail, type, status}), sometimes with `errors[]`;
// the token endpoint answers OAuth's {error, error_description}.
const problemSchema = z.object({
  title: z.string().max(500).optional(),
  detail: z.string().max(2000).optional(),
  type: z.string().max(500).optional(),
  reason: z.string().max(200).optional(),
  errors: z
    .array(z.object({ message: z.string().max(2000).optional(), detail: z.string().max(2000).optional() }))
    .max(20)
    .optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});
export type XProblem = z.infer<typeof problemSchema>;

export function xProblemOf(body: unknown): XProblem {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data : {};
}

/** X's own words for a failed call, for the agent and the admin. */
export function xErrorText(status: number, body: unknown): string {
  const problem = xProblemOf(body);
  const words = [
    problem.detail ?? problem.title,
    ...(problem.errors ?? []).map((error) => error.detail ?? error.message),
    problem.error_description ?? problem.error,
  ].filter((text): text is string => text !== undefined && text !== "");
  const unique = [...new Set(words)];
  return `X answered ${String(status)}${unique.length > 0 ? `: ${unique.join("; ")}` : ""}`;
}
