import { z } from "zod";
import { idSchema, limitSchema } from "./common.ts";

export const customerSearchInputSchema = z.object({
  query: z
    .string()
    .trim()
    .min(2, "Type at least two characters")
    .max(200)
    .describe("Name, email, phone number in any format, or @handle"),
  limit: limitSchema(50, 20),
});
export type CustomerSearchInput = z.infer<typeof customerSearchInputSchema>;

export const customerGetInputSchema = z.object({
  customerId: idSchema.describe(
    "The customer to open; a merged-away id opens the customer it was merged into",
  ),
});
export type CustomerGetInput = z.infer<typeof customerGetInputSchema>;
