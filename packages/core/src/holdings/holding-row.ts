import { z } from "zod";
import { PRODUCT_KINDS, PRODUCT_STATUSES } from "../customer/product-lists.ts";

/** The most rows one import request may carry; larger exports go in several requests. */
export const MAX_HOLDINGS_PER_REQUEST = 1000;

export const sourceSystemSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "a source system is 1–64 lower-case letters, digits, dots, dashes")
  .describe("The system of record the holding comes from, e.g. core-banking");

export const holdingLinkSchema = z
  .object({
    customerNumber: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe("The system of record's customer id; the strongest link"),
    email: z
      .string()
      .trim()
      .min(1)
      .max(254)
      .optional()
      .describe("An e-mail address Emma knows the customer by"),
    phone: z.string().trim().min(1).max(40).optional().describe("A phone number Emma knows the customer by"),
  })
  .refine((link) => link.customerNumber ?? link.email ?? link.phone, {
    message: "name the customer by customerNumber, email or phone",
  })
  .describe("How the holding finds its customer in Emma");
export type HoldingLink = z.infer<typeof holdingLinkSchema>;

/** One account, card, loan or policy as the system of record sends it (API body and CSV line alike). */
export const holdingRowSchema = z.object({
  sourceSystem: sourceSystemSchema,
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("The source system's own id for this holding; re-sending it updates the row"),
  customer: holdingLinkSchema,
  kind: z
    .enum(PRODUCT_KINDS)
    .describe("What it is: account, card, loan, deposit, insurance, contract, product"),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("The product name the customer knows, e.g. Girokonto Plus"),
  reference: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe("IBAN, contract or policy number; the 360 shows only its last digits"),
  status: z.enum(PRODUCT_STATUSES).default("active").describe("active, pending, blocked or closed"),
  openedAt: z.iso.date().nullable().default(null).describe("When it was opened, YYYY-MM-DD"),
  balance: z
    .object({
      minor: z.number().int().describe("Amount in minor units (cents); negative for what is owed"),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, "a currency is three capital letters (ISO 4217)")
        .describe("ISO 4217"),
    })
    .nullable()
    .default(null)
    .describe("Balance, or null where none applies"),
  details: z
    .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()]))
    .default({})
    .describe("Further facts shown as given, e.g. maskedPan for cards"),
});
export type HoldingRow = z.infer<typeof holdingRowSchema>;
export type HoldingRowInput = z.input<typeof holdingRowSchema>;

export const holdingsRequestSchema = z
  .array(z.unknown())
  .min(1, "send at least one holding")
  .max(MAX_HOLDINGS_PER_REQUEST, `send at most ${String(MAX_HOLDINGS_PER_REQUEST)} holdings per request`)
  .describe("POST /import/holdings body: a JSON array of holdings");
