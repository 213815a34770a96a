import type { ErasureStatus } from "../contracts/erasure.ts";

/** Why an approval or refusal of an erasure request may not go ahead. */
export type ErasureDecisionRefusal = "not_pending" | "own_request";

/**
 * Four eyes: whoever asked for an erasure may never decide it, whatever their role. An admin may
 * ask, and then another admin decides. Only a request still waiting (`requested`) is decided.
 */
export function erasureDecisionRefusal(props: {
  request: { status: ErasureStatus; requestedBy: string };
  deciderId: string;
}): ErasureDecisionRefusal | null {
  if (props.request.status !== "requested") return "not_pending";
  if (props.request.requestedBy === props.deciderId) return "own_request";
  return null;
}
