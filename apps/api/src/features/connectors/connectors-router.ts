import {
  connectorCreateInputSchema,
  connectorGetInputSchema,
  connectorReprocessInputSchema,
  connectorSetEnabledInputSchema,
  connectorTestInputSchema,
  connectorUpdateInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { listConnectorKinds } from "./connector-kinds.ts";
import { createConnector } from "./create-connector.ts";
import { getConnector } from "./get-connector.ts";
import { listConnectors } from "./list-connectors.ts";
import { reprocessFailedEvents } from "./reprocess-failed-events.ts";
import { setConnectorEnabled } from "./set-connector-enabled.ts";
import { testConnection } from "./test-connection.ts";
import { updateConnector } from "./update-connector.ts";

/** The admin's channel settings. Secrets go in, and never come out (DESIGN invariant 7). */
export const connectorsRouter = router({
  kinds: procedureWith("connector.manage").query(() => listConnectorKinds()),
  list: procedureWith("connector.manage").query(({ ctx }) =>
    listConnectors(ctx.services.database.db, { now: ctx.services.now() }),
  ),
  get: procedureWith("connector.manage")
    .input(connectorGetInputSchema)
    .query(({ ctx, input }) =>
      getConnector(ctx.services.database.db, {
        connectorId: input.connectorId,
        secretKey: ctx.services.secretKey,
        now: ctx.services.now(),
      }),
    ),
  create: procedureWith("connector.manage")
    .input(connectorCreateInputSchema)
    .mutation(({ ctx, input }) =>
      createConnector(ctx.services.database.db, { ...acting(ctx), secretKey: ctx.services.secretKey, input }),
    ),
  update: procedureWith("connector.manage")
    .input(connectorUpdateInputSchema)
    .mutation(({ ctx, input }) =>
      updateConnector(ctx.services.database.db, { ...acting(ctx), secretKey: ctx.services.secretKey, input }),
    ),
  setEnabled: procedureWith("connector.manage")
    .input(connectorSetEnabledInputSchema)
    .mutation(({ ctx, input }) =>
      setConnectorEnabled(ctx.services.database.db, {
        ...acting(ctx),
        secretKey: ctx.services.secretKey,
        input,
      }),
    ),
  testConnection: procedureWith("connector.manage")
    .input(connectorTestInputSchema)
    .mutation(({ ctx, input }) =>
      testConnection(ctx.services.database.db, { ...acting(ctx), secretKey: ctx.services.secretKey, input }),
    ),
  /** Failed inbound events back to the worker; the worker is woken so the board updates soon. */
  reprocessFailedEvents: procedureWith("connector.manage")
    .input(connectorReprocessInputSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await reprocessFailedEvents(ctx.services.database.db, { ...acting(ctx), input });
      if (result.requeued > 0) ctx.services.inbound.wake();
      return result;
    }),
});
