import { z } from "zod";
import type { PostalAddress } from "../matching/match-profile.ts";
import { MAX_HOLDINGS_PER_REQUEST, sourceSystemSchema } from "./holding-row.ts";

/** As many people per request as holdings: one request, one transaction per row. */
export const MAX_PERSON_RECORDS_PER_REQUEST = MAX_HOLDINGS_PER_REQUEST;

/** A postal address as the system of record holds it; the matcher normalises it when comparing. */
export const postalAddressSchema = z
  .object({
    street: z.string().trim().min(1).max(200).describe("Street name, e.g. Hauptstraße"),
    houseNumber: z.string().trim().min(1).max(20).nullable().default(null).describe("e.g. 12a"),
    postalCode: z.string().trim().min(1).max(20).describe("e.g. 10115"),
    city: z.string().trim().min(1).max(100).describe("e.g. Berlin"),
    country: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, "a country is two capital letters (ISO 3166-1)")
      .default("DE")
      .describe("ISO 3166-1 alpha-2, DE when omitted"),
  })
  .describe("The person's postal address from the system of record");

/** Parses a stored or sent address into core's PostalAddress; null for anything else. */
export function parsePostalAddress(value: unknown): PostalAddress | null {
  const parsed = postalAddressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A calendar date that exists (2024-02-30 does not) and lies in the past. */
const birthDateSchema = z.iso
  .date("a date of birth is YYYY-MM-DD")
  .refine((date) => date <= new Date().toISOString().slice(0, 10), "a date of birth lies in the past")
  .refine((date) => date >= "1900-01-01", "a date of birth is after 1900-01-01")
  .describe("Date of birth, YYYY-MM-DD");

/** One person as a system of record sends them (API body and CSV line alike). */
export const personRecordRowSchema = z.object({
  sourceSystem: sourceSystemSchema,
  customerNumber: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .describe("The system of record's customer id; re-sending it updates the person"),
  name: z.string().trim().min(1).max(255).describe("The person's full name, e.g. Anna Schneider"),
  birthDate: birthDateSchema.optional(),
  address: postalAddressSchema.optional(),
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .optional()
    .describe("An e-mail address of the person: finds the customer Emma already knows by it"),
  phone: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe("A phone number of the person: finds the customer Emma already knows by it"),
});
export type PersonRecordRow = z.infer<typeof personRecordRowSchema>;
export type PersonRecordRowInput = z.input<typeof personRecordRowSchema>;

export const personRecordsRequestSchema = z
  .array(z.unknown())
  .min(1, "send at least one person")
  .max(
    MAX_PERSON_RECORDS_PER_REQUEST,
    `send at most ${String(MAX_PERSON_RECORDS_PER_REQUEST)} people per request`,
  )
  .describe("POST /import/customers body: a JSON array of people");
