import { erasureRefusalSchema, type ErasureRefusal } from "@emma/core";
import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

const errorDataSchema = z.object({ erasureRefusal: erasureRefusalSchema.nullish() });

/** The erasure rule a failed call was refused by, with what stands in the way; null for other errors. */
export function erasureRefusalOf(error: unknown): ErasureRefusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const parsed = errorDataSchema.safeParse(error.data);
  return parsed.success ? (parsed.data.erasureRefusal ?? null) : null;
}
