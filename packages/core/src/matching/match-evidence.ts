import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";

/**
 * How two names are alike, strongest first. Facts only: the console words each in its language.
 * same: equal once case and accents are folded (Müller = MÜLLER); spelling: an umlaut or ß written
 * out or dropped (Müller, Mueller, Muller); transposed: first and last name swapped; short-form: a
 * common short form of the first name (Johannes/Hannes, Elizabeth/Liz); initial: one first name is
 * only its initial (A. Schneider); typo: a small slip of the keyboard or the ear (Schnieder, Maier/
 * Meyer); handle: a display name made of an @handle or username (anna_schneider85).
 */
export const NAME_LIKENESSES = [
  "same",
  "spelling",
  "transposed",
  "short-form",
  "initial",
  "typo",
  "handle",
] as const;
export const nameLikenessSchema = z.enum(NAME_LIKENESSES).describe("How two names are alike");
export type NameLikeness = z.infer<typeof nameLikenessSchema>;

/** An identifier a customer wrote into a message ("meine Kundennummer ist …", a signature block). */
export const WRITTEN_IDENTIFIER_KINDS = ["email", "phone", "iban", "customer-number", "x-handle"] as const;
export const writtenIdentifierKindSchema = z
  .enum(WRITTEN_IDENTIFIER_KINDS)
  .describe("What kind of identifier was written in a message");
export type WrittenIdentifierKind = z.infer<typeof writtenIdentifierKindSchema>;

export const writtenIdentifierSchema = z.object({
  kind: writtenIdentifierKindSchema,
  value: z
    .string()
    .min(1)
    .max(254)
    .describe(
      "Normalized: e-mail lower-case, phone E.164, IBAN without spaces, x-handle without @, lower-case",
    ),
});
export type WrittenIdentifier = z.infer<typeof writtenIdentifierSchema>;

const weight = z
  .number()
  .describe("What this piece adds to the score (negative: it speaks against one person)");

/**
 * One piece of evidence that two customers are (or are not) one person. Stored inside a
 * `likeness` merge reason; the console turns each into a plain sentence.
 */
export const matchEvidenceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("name"),
    likeness: nameLikenessSchema,
    names: z.tuple([z.string().max(200), z.string().max(200)]).describe("The two names compared, as shown"),
    sharedBy: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("How many customers have a name that sounds like this one: a rare name says more"),
    weight,
  }),
  z.object({
    kind: z.literal("birth-date"),
    same: z.boolean().describe("false: the system of record gives them different dates of birth"),
    weight,
  }),
  z.object({
    kind: z.literal("address"),
    likeness: z
      .enum(["same", "same-street", "different"])
      .describe(
        "same: street, number and postcode; same-street: the number differs; different: another place",
      ),
    weight,
  }),
  z.object({
    kind: z.literal("customer-number"),
    same: z
      .boolean()
      .describe("false: both have a customer number from the system of record, and they differ"),
    weight,
  }),
  z.object({
    kind: z.literal("written-identifier"),
    identifier: writtenIdentifierSchema,
    writtenBy: z.string().min(1).describe("The customer whose message names it"),
    itemId: z.string().min(1).describe("The timeline item it was written in"),
    weight,
  }),
  z.object({
    kind: z.literal("same-topic"),
    channels: z.tuple([customerChannelSchema, customerChannelSchema]),
    minutesApart: z.number().int().min(0),
    words: z.array(z.string().max(80)).min(1).max(6).describe("The words both messages share"),
    weight,
  }),
]);
export type MatchEvidence = z.infer<typeof matchEvidenceSchema>;
