import {
  erasureApproveInputSchema,
  erasureCustomerInputSchema,
  erasureForCustomerSchema,
  erasureListInputSchema,
  erasureListSchema,
  erasureRefuseInputSchema,
  erasureRequestIdInputSchema,
  erasureRequestInputSchema,
  erasureRequestViewSchema,
  legalHoldLiftInputSchema,
  legalHoldListSchema,
  legalHoldPlaceInputSchema,
  legalHoldViewSchema,
} from "@emma/core";
import { acting, type Caller, type Context } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { approveErasure, refuseErasureRequest, withdrawErasure } from "./decide-erasure.ts";
import { legalHoldsOf, liftLegalHold, placeLegalHold } from "./legal-holds.ts";
import { erasureForCustomer, listErasures } from "./list-erasures.ts";
import { requestErasure } from "./request-erasure.ts";

function erasureActing(ctx: Context & { caller: Caller }) {
  return { ...acting(ctx), logger: ctx.services.log };
}

/** Erasure (Art. 17) with four eyes: a supervisor asks with a reason, another person (an admin) decides. */
export const erasureRouter = router({
  request: procedureWith("erasure.request")
    .input(erasureRequestInputSchema)
    .output(erasureRequestViewSchema)
    .mutation(({ ctx, input }) => requestErasure(ctx.services.database.db, input, erasureActing(ctx))),
  withdraw: procedureWith("erasure.request")
    .input(erasureRequestIdInputSchema)
    .output(erasureRequestViewSchema)
    .mutation(({ ctx, input }) =>
      withdrawErasure(ctx.services.database.db, input.requestId, erasureActing(ctx)),
    ),
  approve: procedureWith("erasure.approve")
    .input(erasureApproveInputSchema)
    .output(erasureRequestViewSchema)
    .mutation(async ({ ctx, input }) => {
      const approved = await approveErasure(ctx.services.database.db, input, erasureActing(ctx));
      // Committed: the erasure engine's worker takes it up at once when its time has come.
      ctx.services.erasures.wake();
      return approved;
    }),
  refuse: procedureWith("erasure.approve")
    .input(erasureRefuseInputSchema)
    .output(erasureRequestViewSchema)
    .mutation(({ ctx, input }) => refuseErasureRequest(ctx.services.database.db, input, erasureActing(ctx))),
  list: procedureWith("erasure.request")
    .input(erasureListInputSchema)
    .output(erasureListSchema)
    .query(({ ctx, input }) =>
      listErasures(ctx.services.database.db, {
        status: input.status,
        now: ctx.services.now(),
        logger: ctx.services.log,
      }),
    ),
  forCustomer: procedureWith("erasure.request")
    .input(erasureCustomerInputSchema)
    .output(erasureForCustomerSchema)
    .query(({ ctx, input }) =>
      erasureForCustomer(ctx.services.database.db, {
        customerId: input.customerId,
        now: ctx.services.now(),
        logger: ctx.services.log,
      }),
    ),
});

/** Legal holds: placed and lifted by admins (legal's word), read by whoever may ask for erasures. */
export const legalHoldsRouter = router({
  place: procedureWith("erasure.approve")
    .input(legalHoldPlaceInputSchema)
    .output(legalHoldViewSchema)
    .mutation(({ ctx, input }) => placeLegalHold(ctx.services.database.db, input, erasureActing(ctx))),
  lift: procedureWith("erasure.approve")
    .input(legalHoldLiftInputSchema)
    .output(legalHoldViewSchema)
    .mutation(({ ctx, input }) => liftLegalHold(ctx.services.database.db, input, erasureActing(ctx))),
  forCustomer: procedureWith("erasure.request")
    .input(erasureCustomerInputSchema)
    .output(legalHoldListSchema)
    .query(({ ctx, input }) => legalHoldsOf(ctx.services.database.db, input.customerId)),
});
