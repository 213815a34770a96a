import type { ErasureRefusal } from "@emma/core";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** An erasure rule said no; trpc.ts sends the refusal along as data.erasureRefusal. */
export class ErasureRefusalError extends Error {
  override readonly name = "ErasureRefusalError";
  constructor(
    readonly refusal: ErasureRefusal,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<ErasureRefusal["code"], string> = {
  already_open: "An erasure request for this customer is open already",
  already_erased: "This customer has been erased already",
  merged_away: "This customer was merged into another; ask for the erasure of that one",
  own_request: "Four eyes: someone other than the requester decides an erasure request",
  not_pending: "This request is no longer waiting for a decision",
  held: "A legal hold is active: this customer's data may not be erased until it is lifted",
  hold_lifted: "This legal hold has been lifted already",
};

const CODES: Record<ErasureRefusal["code"], TRPC_ERROR_CODE_KEY> = {
  already_open: "CONFLICT",
  already_erased: "CONFLICT",
  merged_away: "CONFLICT",
  own_request: "FORBIDDEN",
  not_pending: "CONFLICT",
  held: "CONFLICT",
  hold_lifted: "CONFLICT",
};

export function refuseErasure(refusal: ErasureRefusal): TRPCError {
  const message = MESSAGES[refusal.code];
  return new TRPCError({
    code: CODES[refusal.code],
    message,
    cause: new ErasureRefusalError(refusal, message),
  });
}
