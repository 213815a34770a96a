import type { RealtimeEvent } from "@emma/core";
import type { AppRouter } from "@emma/api/router";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { EventSource } from "eventsource";

/** A tRPC client over real HTTP, as the console uses it: batched calls and the one SSE stream. */
export function consoleClient(url: string, token: string) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: `${url}/trpc`, EventSource, connectionParams: () => ({ token }) }),
        false: httpBatchLink({ url: `${url}/trpc`, headers: () => ({ authorization: `Bearer ${token}` }) }),
      }),
    ],
  });
}

/**
 * The console's one realtime stream. `onEvent` gets each event with the performance.now() of its
 * arrival; resolves once the stream is open.
 */
export function subscribeConsole(
  url: string,
  token: string,
  onEvent: (event: RealtimeEvent, arrivedAt: number) => void,
): Promise<{ close(): void }> {
  const client = consoleClient(url, token);
  return new Promise((resolve, reject) => {
    const subscription = client.events.stream.subscribe(
      {},
      {
        onStarted: () => resolve({ close: () => subscription.unsubscribe() }),
        onData: (tracked) => onEvent(tracked.data, performance.now()),
        onError: (error) => reject(error),
      },
    );
  });
}
