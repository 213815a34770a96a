import { z } from "zod";
import { idSchema } from "./common.ts";

export const PRESENCE_STATES = ["viewing", "typing", "left"] as const;
export const presenceStateSchema = z
  .enum(PRESENCE_STATES)
  .describe("viewing: has the conversation open; typing: writing in it; left: closed it");
export type PresenceState = z.infer<typeof presenceStateSchema>;

export const COMPOSERS = ["reply", "note"] as const;
export const composerSchema = z
  .enum(COMPOSERS)
  .describe("Which box the agent types in: a reply reaches the customer, a note does not");
export type ComposerBox = z.infer<typeof composerSchema>;

export const presenceUpdateInputSchema = z.object({
  conversationId: idSchema.describe("The conversation the agent is in"),
  state: presenceStateSchema,
  composer: composerSchema.optional().describe("With typing: the box; a reply is what collides"),
});
export type PresenceUpdateInput = z.infer<typeof presenceUpdateInputSchema>;

/** The payload of a `presence` event on the realtime stream, as every console receives it. */
export const presencePayloadSchema = z.object({
  conversationId: idSchema,
  userId: idSchema.describe("Who"),
  displayName: z.string().describe("Their name, as colleagues see it"),
  state: presenceStateSchema,
  composer: composerSchema.nullable().describe("With typing: the box; null otherwise"),
});
export type PresencePayload = z.infer<typeof presencePayloadSchema>;
