import { liveHoldingsResponseSchema, type LiveFailure, type LiveHoldingsResponse } from "@emma/core";

export type LiveHoldingsResult =
  | { ok: true; holdings: LiveHoldingsResponse["holdings"]; fetchedAt: Date }
  | { ok: false; failure: LiveFailure; /** HTTP status for "status" */ status: number | null };

/** Asks a system of record for one customer's holdings as they are now. */
export interface LiveHoldingsLookup {
  /** The source systems that can be asked; others show their snapshot only. */
  sources(): readonly string[];
  lookup(sourceSystem: string, customerNumber: string): Promise<LiveHoldingsResult>;
}

export interface HttpLookupOptions {
  /** Per source system, a URL with `{customerNumber}` where the number goes. */
  urls: Readonly<Record<string, string>>;
  /** An agent waits for the 360; a slow core system must not hold it longer than this. */
  timeoutMs?: number;
  /** Answers are reused this long, so flicking between conversations does not ask again. */
  cacheMs?: number;
  now?: () => Date;
}

/**
 * GET `url` per source with a timeout and a small cache of successful answers. Failures are not
 * cached (the next view asks again) and come back as a reason, never as a thrown error: the 360
 * then keeps the imported snapshot and says why live data is missing.
 */
export function httpLiveHoldings(options: HttpLookupOptions): LiveHoldingsLookup {
  const { urls, timeoutMs = 2_000, cacheMs = 30_000, now = () => new Date() } = options;
  const cache = new Map<string, { until: number; result: LiveHoldingsResult }>();
  return {
    sources: () => Object.keys(urls),
    async lookup(sourceSystem, customerNumber) {
      const template = urls[sourceSystem];
      if (template === undefined) throw new Error(`no live URL for source system "${sourceSystem}"`);
      const key = `${sourceSystem}\u0000${customerNumber}`;
      const cached = cache.get(key);
      if (cached && cached.until > now().getTime()) return cached.result;
      const result = await ask(
        template.replace("{customerNumber}", encodeURIComponent(customerNumber)),
        timeoutMs,
        now,
      );
      if (result.ok) {
        // Keeps the cache small: expired entries go whenever a new answer comes in.
        for (const [entry, value] of cache) if (value.until <= now().getTime()) cache.delete(entry);
        cache.set(key, { until: now().getTime() + cacheMs, result });
      }
      return result;
    },
  };
}

async function ask(url: string, timeoutMs: number, now: () => Date): Promise<LiveHoldingsResult> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return { ok: false, failure: "status", status: response.status };
    body = await response.json();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    if (timedOut) return { ok: false, failure: "timeout", status: null };
    return { ok: false, failure: error instanceof SyntaxError ? "malformed" : "unreachable", status: null };
  }
  const parsed = liveHoldingsResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, failure: "malformed", status: null };
  return { ok: true, holdings: parsed.data.holdings, fetchedAt: now() };
}
