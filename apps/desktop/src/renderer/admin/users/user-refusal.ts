import { userRefusalSchema, type UserRefusal } from "@emma/core";
import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

const errorDataSchema = z.object({ userRefusal: userRefusalSchema.nullish() });

/** The account rule a failed call was refused by, for the admin's own words; null for other errors. */
export function userRefusalOf(error: unknown): UserRefusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const parsed = errorDataSchema.safeParse(error.data);
  return parsed.success ? (parsed.data.userRefusal ?? null) : null;
}
