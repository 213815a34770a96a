import { z } from "zod";
import { MAX_DEMO_CUSTOMERS } from "./unique-number.ts";

export const demoOptionsSchema = z.object({
  customers: z
    .number()
    .int()
    .min(0)
    .max(MAX_DEMO_CUSTOMERS)
    .describe("How many customers to generate; the first five are the scripted heroes"),
  seed: z
    .number()
    .int()
    .min(0)
    .max(0xffff_ffff)
    .describe("Same seed, customers and now: byte-identical output"),
  now: z
    .date()
    .refine((date) => !Number.isNaN(date.getTime()), "now must be a valid date")
    .describe("The demo's present: every item lies in the 18 months before it, the newest minutes before it"),
});
export type DemoOptions = z.infer<typeof demoOptionsSchema>;
