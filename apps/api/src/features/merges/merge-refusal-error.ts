import type { MergeRefusal, UnmergeRefusal } from "@emma/core";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** A merge rule said no; trpc.ts sends its code along as data.mergeRefusal. */
export class MergeRefusalError extends Error {
  override readonly name = "MergeRefusalError";
  constructor(readonly refusal: MergeRefusal | UnmergeRefusal) {
    super(refusal.message);
  }
}

export function refuseMerge(code: TRPC_ERROR_CODE_KEY, refusal: MergeRefusal | UnmergeRefusal): TRPCError {
  return new TRPCError({ code, message: refusal.message, cause: new MergeRefusalError(refusal) });
}
