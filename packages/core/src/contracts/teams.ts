import { z } from "zod";
import { idSchema } from "./common.ts";

export const teamCreateInputSchema = z.object({
  name: z.string().trim().min(2).max(100).describe("Team name; unique"),
  memberIds: z.array(idSchema).max(500).default([]).describe("Users in the team"),
});
export type TeamCreateInput = z.infer<typeof teamCreateInputSchema>;

export const teamUpdateInputSchema = z.object({
  teamId: idSchema,
  name: z.string().trim().min(2).max(100).optional().describe("New name"),
  memberIds: z.array(idSchema).max(500).optional().describe("Replaces the members"),
});
export type TeamUpdateInput = z.infer<typeof teamUpdateInputSchema>;

export const teamDeleteInputSchema = z.object({ teamId: idSchema });
export type TeamDeleteInput = z.infer<typeof teamDeleteInputSchema>;
