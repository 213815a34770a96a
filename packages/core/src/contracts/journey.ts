import { z } from "zod";
import { idSchema } from "./common.ts";

export const customerJourneyInputSchema = z
  .object({
    customerId: idSchema.describe(
      "The customer whose journey to draw; a merged-away id opens the survivor's",
    ),
    from: z.coerce.date().optional().describe("Only conversations still going on or ended after this"),
    to: z.coerce.date().optional().describe("Only conversations begun before this"),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    path: ["to"],
    message: "The end of the range must come after its start",
  });
export type CustomerJourneyInput = z.infer<typeof customerJourneyInputSchema>;
