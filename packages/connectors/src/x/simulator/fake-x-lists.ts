import { compareXIds } from "../x-ids.ts";

/**
 * A v2 list page, newest first: since_id keeps only newer items, pagination_token continues where
 * the last page ended, meta carries newest_id / oldest_id / next_token as X's list endpoints do.
 */
export function listPage<T extends { id: string; created_at?: string }>(
  items: T[],
  query: URLSearchParams,
  bounds: { min: number; max: number; fallback: number },
): { data: T[]; meta: Record<string, unknown> } | { error: string } {
  const max = Number(query.get("max_results") ?? String(bounds.fallback));
  if (!Number.isInteger(max) || max < bounds.min || max > bounds.max) {
    return {
      error: `The \`max_results\` query parameter value [${query.get("max_results") ?? ""}] is not between ${String(bounds.min)} and ${String(bounds.max)}`,
    };
  }
  const since = query.get("since_id");
  const start = query.get("start_time");
  const newestFirst = [...items]
    .filter((item) => since === null || compareXIds(item.id, since) > 0)
    .filter(
      (item) =>
        start === null || item.created_at === undefined || Date.parse(item.created_at) >= Date.parse(start),
    )
    .sort((a, b) => compareXIds(b.id, a.id));
  const token = query.get("pagination_token");
  const offset = token === null ? 0 : Number(Buffer.from(token, "base64url").toString("utf8"));
  const data = newestFirst.slice(offset, offset + max);
  const next =
    offset + max < newestFirst.length ? Buffer.from(String(offset + max)).toString("base64url") : undefined;
  return {
    data,
    meta: {
      result_count: data.length,
      ...(data.length > 0 ? { newest_id: data[0]?.id, oldest_id: data[data.length - 1]?.id } : {}),
      ...(next ? { next_token: next } : {}),
    },
  };
}
