import type { NormalizedIdentity } from "./identity-kind.ts";

/** Why an identifier cannot be used: never link a customer on any of these. */
export const NORMALIZE_FAILURES = ["invalid", "anonymous", "empty"] as const;
export type NormalizeFailure = (typeof NORMALIZE_FAILURES)[number];

export type NormalizeResult =
  { ok: true; identity: NormalizedIdentity } | { ok: false; reason: NormalizeFailure; detail: string };

export function normalized(identity: NormalizedIdentity): NormalizeResult {
  return { ok: true, identity };
}

export function rejected(reason: NormalizeFailure, detail: string): NormalizeResult {
  return { ok: false, reason, detail };
}

/** A display text worth keeping: trimmed, or null when there is nothing to show. */
export function displayOrNull(display: string | undefined): string | null {
  const trimmed = display?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
