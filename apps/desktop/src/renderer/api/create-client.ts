import { MAX_BATCH_CALLS } from "@emma/core";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import type { AppRouter } from "./router-types.ts";

/**
 * The API is on the page's own origin: the API serves the built console, and the dev server
 * proxies /trpc. Subscriptions go over SSE, which cannot send headers, so the token travels as
 * connection params there; everything else is batched HTTP with a bearer header.
 */
export function createClient(getToken: () => string | null) {
  const url = `${window.location.origin}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url, connectionParams: () => ({ token: getToken() ?? "" }) }),
        false: httpBatchLink({
          url,
          maxItems: MAX_BATCH_CALLS,
          headers: (): Record<string, string> => {
            const token = getToken();
            return token ? { Authorization: `Bearer ${token}` } : {};
          },
        }),
      }),
    ],
  });
}
