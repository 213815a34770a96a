import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { EventSource } from "eventsource";
import type { AppRouter } from "../trpc/app-router.ts";

/** A tRPC client over real HTTP, as the console uses it: batched calls and the one SSE stream. */
export function httpClient(url: string, token: () => string | undefined) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({
          url: `${url}/trpc`,
          EventSource,
          connectionParams: () => ({ token: token() ?? "" }),
        }),
        false: httpBatchLink({
          url: `${url}/trpc`,
          headers: () => {
            const value = token();
            return value ? { authorization: `Bearer ${value}` } : {};
          },
        }),
      }),
    ],
  });
}
