import { z } from "zod";
import { idSchema } from "./common.ts";

export const ERASURE_STATUSES = [
  "requested",
  "approved",
  "refused",
  "withdrawn",
  "running",
  "done",
  "failed",
] as const;
export const erasureStatusSchema = z
  .enum(ERASURE_STATUSES)
  .describe(
    "requested: waits for an admin; approved: runs at runAfter; running/done/failed: the erasure itself; refused/withdrawn: closed without erasing",
  );
export type ErasureStatus = z.infer<typeof erasureStatusSchema>;

/** A request still open: a second one for the same customer is refused and this one shown. */
export const OPEN_ERASURE_STATUSES = ["requested", "approved", "running", "failed"] as const;

const reasonSchema = z.string().trim().min(3).max(1000);
const isoSchema = z.iso.datetime({ offset: true });

export const erasureRequestInputSchema = z.object({
  customerId: idSchema.describe("The customer to erase"),
  reason: reasonSchema.describe("Why, e.g. the customer's own request under Art. 17 GDPR and how it came"),
});
export type ErasureRequestInput = z.infer<typeof erasureRequestInputSchema>;

export const erasureRequestIdInputSchema = z.object({ requestId: idSchema });

export const erasureApproveInputSchema = z.object({
  requestId: idSchema,
  note: z.string().trim().max(1000).optional().describe("The approver's words, kept with the decision"),
});
export type ErasureApproveInput = z.infer<typeof erasureApproveInputSchema>;

export const erasureRefuseInputSchema = z.object({
  requestId: idSchema,
  note: reasonSchema.describe("Why not: the requester reads it"),
});
export type ErasureRefuseInput = z.infer<typeof erasureRefuseInputSchema>;

export const erasureListInputSchema = z.object({
  status: erasureStatusSchema.optional().describe("Only requests in this state; all when omitted"),
});

export const erasureCustomerInputSchema = z.object({ customerId: idSchema });

export const legalHoldPlaceInputSchema = z.object({
  customerId: idSchema,
  reason: reasonSchema.describe(
    "The matter, e.g. a court case or an authority's request, with its reference",
  ),
});
export type LegalHoldPlaceInput = z.infer<typeof legalHoldPlaceInputSchema>;

export const legalHoldLiftInputSchema = z.object({
  holdId: idSchema,
  note: reasonSchema.describe("Why the hold ends"),
});
export type LegalHoldLiftInput = z.infer<typeof legalHoldLiftInputSchema>;

export const legalHoldViewSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  reason: z.string(),
  placedByName: z.string().nullable(),
  placedAt: isoSchema,
  liftedByName: z.string().nullable(),
  liftedAt: isoSchema.nullable(),
  liftNote: z.string().nullable(),
});
export type LegalHoldView = z.infer<typeof legalHoldViewSchema>;

/** The block rule's answer, with dates as ISO strings for the wire. */
export const erasureBlockViewSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("free") }),
  z.object({ kind: z.literal("held"), holds: z.array(legalHoldViewSchema) }),
  z.object({
    kind: z.literal("delayed"),
    until: isoSchema,
    because: z.array(
      z.object({
        tag: z.string(),
        reason: z.string(),
        years: z.number().int(),
        conversations: z.number().int(),
        until: isoSchema,
      }),
    ),
  }),
]);
export type ErasureBlockView = z.infer<typeof erasureBlockViewSchema>;

export const erasureRequestViewSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  customerName: z.string(),
  reason: z.string(),
  status: erasureStatusSchema,
  requestedBy: idSchema,
  requestedByName: z.string().nullable(),
  requestedAt: isoSchema,
  decidedByName: z.string().nullable(),
  decidedAt: isoSchema.nullable(),
  decisionNote: z.string().nullable(),
  runAfter: isoSchema.nullable(),
  finishedAt: isoSchema.nullable(),
  /** What the erasure removed, counted by kind; null until done. */
  summary: z.record(z.string(), z.number()).nullable(),
  lastError: z.string().nullable(),
  /** Computed now: whether holds block or duties delay this customer's erasure. */
  block: erasureBlockViewSchema,
});
export type ErasureRequestView = z.infer<typeof erasureRequestViewSchema>;

export const erasureListSchema = z.array(erasureRequestViewSchema);

export const erasureForCustomerSchema = z.object({
  /** The open request, else the latest closed one; null when none was ever made. */
  current: erasureRequestViewSchema.nullable(),
  /** What would hold back an erasure asked now. */
  block: erasureBlockViewSchema,
  erased: z.boolean(),
});

export const legalHoldListSchema = z.array(legalHoldViewSchema);

/** Why an erasure or legal-hold action was refused, with what the console shows beside it. */
export const erasureRefusalSchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("already_open"),
    request: z.object({
      id: idSchema,
      status: erasureStatusSchema,
      requestedByName: z.string().nullable(),
      requestedAt: isoSchema,
    }),
  }),
  z.object({ code: z.literal("already_erased") }),
  z.object({ code: z.literal("merged_away"), survivorId: idSchema }),
  z.object({ code: z.literal("own_request") }),
  z.object({ code: z.literal("not_pending"), status: erasureStatusSchema }),
  z.object({ code: z.literal("held"), holds: z.array(legalHoldViewSchema) }),
  z.object({ code: z.literal("hold_lifted") }),
]);
export type ErasureRefusal = z.infer<typeof erasureRefusalSchema>;
