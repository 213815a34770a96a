import { z } from "zod";
import { countryCodeSchema } from "../identity/country-code.ts";
import { idSchema } from "./common.ts";

/*
 * Config and secrets are open records here: their shape belongs to each connector kind (its zod
 * schemas in @emma/connectors), which the API applies once it knows the kind. `connectors.kinds`
 * returns those shapes as JSON Schema for the admin's form.
 */

const connectorIdSchema = idSchema.describe("The connector");
const kindSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe("Which integration, e.g. email or emma-inbound (see connectors.kinds)");
const nameSchema = z
  .string()
  .trim()
  .min(1, "A name is needed")
  .max(100)
  .describe("Name shown to admins, e.g. Service mailbox");
const configSchema = z
  .record(z.string(), z.unknown())
  .describe("Non-secret settings, shaped by the kind's config JSON Schema; replaces the stored ones");

export const connectorGetInputSchema = z.object({ connectorId: connectorIdSchema });
export type ConnectorGetInput = z.infer<typeof connectorGetInputSchema>;

export const connectorCreateInputSchema = z.object({
  kind: kindSchema,
  name: nameSchema,
  defaultCountry: countryCodeSchema.default("DE"),
  enabled: z
    .boolean()
    .default(true)
    .describe("false creates it switched off, e.g. to test the connection before traffic flows"),
  config: configSchema.default({}),
  secrets: z
    .record(z.string(), z.unknown())
    .default({})
    .describe("Secret settings, shaped by the kind's secrets JSON Schema; sealed at rest, never returned"),
});
export type ConnectorCreateInput = z.infer<typeof connectorCreateInputSchema>;

const secretsPatchSchema = z
  .record(z.string(), z.unknown())
  .describe("Secret fields to change: a value replaces the stored one, null removes it, omitted ones stay");

export const connectorUpdateInputSchema = z.object({
  connectorId: connectorIdSchema,
  name: nameSchema.optional(),
  defaultCountry: countryCodeSchema.optional(),
  config: configSchema.optional(),
  secrets: secretsPatchSchema.optional(),
});
export type ConnectorUpdateInput = z.infer<typeof connectorUpdateInputSchema>;

export const connectorSetEnabledInputSchema = z.object({
  connectorId: connectorIdSchema,
  enabled: z.boolean().describe("false stops receiving, polling and sending through this connector"),
});
export type ConnectorSetEnabledInput = z.infer<typeof connectorSetEnabledInputSchema>;

export const connectorTestInputSchema = z.object({
  connectorId: connectorIdSchema,
  config: configSchema
    .optional()
    .describe("Unsaved settings to try instead of the stored ones; the result is then not recorded"),
  secrets: secretsPatchSchema
    .optional()
    .describe("Unsaved secret fields to try, merged over the stored ones; the result is then not recorded"),
});
export type ConnectorTestInput = z.infer<typeof connectorTestInputSchema>;

export const connectorReprocessInputSchema = z.object({ connectorId: connectorIdSchema });
export type ConnectorReprocessInput = z.infer<typeof connectorReprocessInputSchema>;
