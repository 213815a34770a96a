import type { FileFetchFailure } from "@emma/core";

/** What one attempt at a URL gave. A transient failure is tried again later; a final one is not. */
export type FetchOutcome =
  | { ok: true; content: Buffer; contentType: string | null }
  | { ok: false; final: true; failure: FinalFailure }
  | { ok: false; final: false; error: string };

export interface FinalFailure {
  reason: FileFetchFailure;
  httpStatus?: number;
  maxBytes?: number;
  message: string;
}

export function finalFailure(
  reason: FileFetchFailure,
  facts: { httpStatus?: number; maxBytes?: number } = {},
): Extract<FetchOutcome, { final: true }> {
  return { ok: false, final: true, failure: { reason, ...facts, message: messageOf(reason, facts) } };
}

/** The agent's console translates `reason`; these words are for logs, API clients and downloads. */
function messageOf(reason: FileFetchFailure, facts: { httpStatus?: number; maxBytes?: number }): string {
  const status = facts.httpStatus === undefined ? "" : ` (HTTP ${String(facts.httpStatus)})`;
  switch (reason) {
    case "expired":
      return `The link had expired when Emma fetched it${status}`;
    case "gone":
      return `The file was no longer there when Emma fetched it${status}`;
    case "refused":
      return `The provider refused to give the file${status}`;
    case "too_large":
      return `The file is larger than ${megabytes(facts.maxBytes ?? 0)}, more than Emma keeps`;
    case "unreachable":
      return "Emma could not reach the provider to fetch the file, and has stopped trying";
    case "blocked_address":
      return "The link points into a private network; Emma does not fetch files from there";
    case "unsupported_link":
      return "The link is not an http or https address; Emma does not fetch it";
    case "too_many_redirects":
      return "The link redirected too many times; Emma stopped following it";
    default: {
      const unknown: never = reason;
      return unknown;
    }
  }
}

function megabytes(bytes: number): string {
  return `${String(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
