import { TRPCClientError } from "@trpc/client";

/** The tRPC error code of a failed call (UNAUTHORIZED, FORBIDDEN, …), or null for network errors. */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data === "object" && data !== null && "code" in data && typeof data.code === "string")
    return data.code;
  return null;
}

/** The API's own message, meant for people (it never carries secrets: DESIGN invariant 7). */
export function errorMessage(error: unknown): string | null {
  return error instanceof Error && error.message ? error.message : null;
}

export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === "UNAUTHORIZED";
}
