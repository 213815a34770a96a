import { z } from "zod";
import { PRODUCT_STATUSES } from "../customer/product-lists.ts";

/** What a source system answers when asked for one customer's holdings as they are right now. */
export const liveHoldingsResponseSchema = z.object({
  holdings: z
    .array(
      z.object({
        externalId: z.string().min(1).max(200).describe("The same id the import uses"),
        status: z
          .enum(PRODUCT_STATUSES)
          .optional()
          .describe("The status now, when it differs from the snapshot"),
        balance: z
          .object({ minor: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) })
          .nullable()
          .optional()
          .describe("The balance now, in minor units"),
      }),
    )
    .max(1000)
    .describe("Live facts by external id; holdings not named keep their imported snapshot"),
});
export type LiveHoldingsResponse = z.infer<typeof liveHoldingsResponseSchema>;

/** Why live data could not be shown; the console words each in the agent's language. */
export const LIVE_FAILURES = ["timeout", "status", "unreachable", "malformed"] as const;
export type LiveFailure = (typeof LIVE_FAILURES)[number];
