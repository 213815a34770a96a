import { z } from "zod";

/** The kinds of identifier a customer can be known by. All of them are strong: one value is one person. */
export const IDENTITY_KINDS = ["email", "phone", "facebook", "twitter", "forum"] as const;
export const identityKindSchema = z.enum(IDENTITY_KINDS).describe("Which kind of identifier this is");
export type IdentityKind = z.infer<typeof identityKindSchema>;

/** An identifier exactly as a connector saw it, before normalization. */
export const rawIdentitySchema = z.object({
  kind: identityKindSchema,
  value: z
    .string()
    .min(1)
    .max(512)
    .describe("The identifier as the provider sent it (address, number, user id)"),
  display: z
    .string()
    .max(512)
    .optional()
    .describe("What people recognise: display name of the address, @handle, name on the page"),
  site: z
    .string()
    .max(255)
    .optional()
    .describe("Forum identities only: the forum's host, e.g. community.example.de"),
});
export type RawIdentity = z.infer<typeof rawIdentitySchema>;

/** An identifier after normalization: (kind, value) is unique across all customers. */
export const normalizedIdentitySchema = z.object({
  kind: identityKindSchema,
  value: z
    .string()
    .min(1)
    .describe("Normalized value: lower-case email with ASCII domain, E.164 phone, provider id"),
  display: z.string().nullable().describe("What people recognise, kept for display only; never used to link"),
});
export type NormalizedIdentity = z.infer<typeof normalizedIdentitySchema>;

/**
 * Kinds whose display is the person's current name at the provider (an X @handle, a forum
 * username, the name on a Facebook profile): people rename themselves, and the id stays. Emma
 * shows the latest one seen. An email's display name is whatever a mail client wrote: the first
 * one is kept.
 */
export const DISPLAY_FOLLOWS_PROVIDER: readonly IdentityKind[] = ["twitter", "forum", "facebook"];
