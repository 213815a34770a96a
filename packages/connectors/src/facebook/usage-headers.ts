import { z } from "zod";

/**
 * When Meta lets a throttled app back in, from its usage headers (Graph API "Rate Limiting"):
 * X-Business-Use-Case-Usage `{"<object id>":[{"type","call_count","total_time","total_cputime",
 * "estimated_time_to_regain_access"}]}` for Page tokens, X-App-Usage / X-Page-Usage `{"call_count",…}`
 * otherwise. `estimated_time_to_regain_access` is in minutes. Undefined when no header names a wait.
 */
export function regainAccessAt(headers: Headers, now: Date): Date | undefined {
  const minutes = [
    ...businessUseCaseMinutes(headers.get("x-business-use-case-usage")),
    ...flatUsageMinutes(headers.get("x-app-usage")),
    ...flatUsageMinutes(headers.get("x-page-usage")),
  ];
  const longest = Math.max(0, ...minutes);
  return longest > 0 ? new Date(now.getTime() + longest * 60_000) : undefined;
}

const usageSchema = z.object({ estimated_time_to_regain_access: z.number().nonnegative().optional() });
const businessUseCaseSchema = z.record(z.string(), z.array(usageSchema));

function businessUseCaseMinutes(header: string | null): number[] {
  const parsed = businessUseCaseSchema.safeParse(json(header));
  if (!parsed.success) return [];
  return Object.values(parsed.data).flatMap((uses) =>
    uses.map((use) => use.estimated_time_to_regain_access ?? 0),
  );
}

function flatUsageMinutes(header: string | null): number[] {
  const parsed = usageSchema.safeParse(json(header));
  return parsed.success ? [parsed.data.estimated_time_to_regain_access ?? 0] : [];
}

function json(header: string | null): unknown {
  if (header === null) return undefined;
  try {
    return JSON.parse(header);
  } catch {
    return undefined;
  }
}
