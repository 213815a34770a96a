import { sourceSystemSchema } from "@emma/core";
import { z } from "zod";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { createIntegrationKey, listIntegrationKeys, revokeIntegrationKey } from "./integration-keys.ts";
import { liveHoldings } from "./live-holdings.ts";

/** Live holdings for the 360, and the keys with which a system of record imports them (POST /import/holdings). */
export const holdingsRouter = router({
  live: procedureWith("customer.read")
    .input(z.object({ customerId: z.uuid().describe("The customer whose holdings to ask for live") }))
    .query(({ ctx, input }) => {
      const { caller, ip, now } = acting(ctx);
      return liveHoldings(ctx.services.database.db, {
        caller,
        ip,
        now,
        audit: ctx.services.readAudit,
        lookup: ctx.services.liveHoldings,
        customerId: input.customerId,
      });
    }),
  keys: procedureWith("connector.manage").query(({ ctx }) => listIntegrationKeys(ctx.services.database.db)),
  /** The source systems asked live for the 360 (EMMA_LIVE_HOLDINGS_URLS); their URLs stay on the server. */
  liveSources: procedureWith("connector.manage").query(({ ctx }) => ({
    sources: [...ctx.services.liveHoldings.sources()].sort(),
  })),
  createKey: procedureWith("connector.manage")
    .input(
      z.object({
        sourceSystem: sourceSystemSchema,
        name: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .describe("Who uses the key, e.g. Nightly core-banking export"),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { caller, ip, now } = acting(ctx);
      return createIntegrationKey(ctx.services.database.db, {
        ...input,
        actorUserId: caller.userId,
        ip,
        now,
      });
    }),
  revokeKey: procedureWith("connector.manage")
    .input(z.object({ keyId: z.uuid().describe("The key to revoke; revoked keys are refused at once") }))
    .mutation(({ ctx, input }) => {
      const { caller, ip, now } = acting(ctx);
      return revokeIntegrationKey(ctx.services.database.db, {
        keyId: input.keyId,
        actorUserId: caller.userId,
        ip,
        now,
      });
    }),
});
