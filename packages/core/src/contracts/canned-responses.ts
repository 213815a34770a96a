import { z } from "zod";
import { idSchema } from "./common.ts";
import { localeSchema } from "./users.ts";

export const CANNED_SCOPES = ["usable", "all"] as const;

export const cannedResponseListInputSchema = z
  .object({
    scope: z
      .enum(CANNED_SCOPES)
      .default("usable")
      .describe("usable: global ones and the caller's teams' (the composer); all: every one (managers)"),
  })
  .default({ scope: "usable" });
export type CannedResponseListInput = z.infer<typeof cannedResponseListInputSchema>;

const titleSchema = z.string().trim().min(1, "A title is needed").max(120).describe("Name in the picker");
const bodySchema = z
  .string()
  .trim()
  .min(1, "The text is empty")
  .max(10_000)
  .describe("The text; may use {{customer.firstName}}, {{customer.name}} and {{agent.name}}");
const shortcutSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}_-]{0,39}$/u, "Letters, digits, - and _ only, no spaces")
  .nullable()
  .describe("Typed after / in the composer to find it at once, e.g. karte-gesperrt; null for none");
const cannedLocaleSchema = localeSchema
  .nullable()
  .describe("The language of the text; null when it suits both");
const teamSchema = idSchema.nullable().describe("The team it belongs to; null for everyone");

export const cannedResponseCreateInputSchema = z.object({
  title: titleSchema,
  body: bodySchema,
  shortcut: shortcutSchema.default(null),
  locale: cannedLocaleSchema.default(null),
  teamId: teamSchema.default(null),
});
export type CannedResponseCreateInput = z.infer<typeof cannedResponseCreateInputSchema>;

export const cannedResponseUpdateInputSchema = z.object({
  id: idSchema.describe("The canned response to change"),
  title: titleSchema.optional(),
  body: bodySchema.optional(),
  shortcut: shortcutSchema.optional(),
  locale: cannedLocaleSchema.optional(),
  teamId: teamSchema.optional(),
});
export type CannedResponseUpdateInput = z.infer<typeof cannedResponseUpdateInputSchema>;

export const cannedResponseDeleteInputSchema = z.object({
  id: idSchema.describe("The canned response to delete"),
});
export type CannedResponseDeleteInput = z.infer<typeof cannedResponseDeleteInputSchema>;
