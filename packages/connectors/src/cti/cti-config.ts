import { z } from "zod";

export const ctiConfigSchema = z.object({
  serviceNumbers: z
    .array(z.string().trim().min(3).max(64).describe("One of the service's numbers or trunk numbers"))
    .max(200)
    .default([])
    .describe(
      "The service's own numbers: an event without direction whose caller is one of them is outbound",
    ),
  pbxName: z
    .string()
    .max(100)
    .optional()
    .describe("Which PBX feeds this connector, for the admin's overview"),
  demo: z.boolean().optional().describe("Made by the demo seeder"),
});
export type CtiConfig = z.infer<typeof ctiConfigSchema>;

export const ctiSecretsSchema = z.object({
  token: z
    .string()
    .min(24)
    .max(200)
    .describe("Shared token the PBX puts in the webhook URL (?token=…) or an Authorization: Bearer header"),
});
export type CtiSecrets = z.infer<typeof ctiSecretsSchema>;
