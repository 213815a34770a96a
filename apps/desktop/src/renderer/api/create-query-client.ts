import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { errorCode } from "./error-code.ts";

const NO_RETRY = new Set([
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_REQUEST",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
]);

/**
 * One place sees every failed call: an UNAUTHORIZED from any query or mutation means the session
 * ended (expired, revoked elsewhere), and `onUnauthorized` takes the agent back to the login.
 */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (errorCode(error) === "UNAUTHORIZED") onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Realtime events invalidate what changed; refetching on focus would only add load.
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !NO_RETRY.has(errorCode(error) ?? "") && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
