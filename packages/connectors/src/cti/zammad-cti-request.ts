import { z } from "zod";
import { CTI_EVENT_TYPES } from "./cti-event-schema.ts";

/** Zammad's hangup causes (https://docs.zammad.org/en/latest/api/generic-cti/hangup-event.html). */
export const ZAMMAD_HANGUP_CAUSES = [
  "normalClearing",
  "busy",
  "cancel",
  "noAnswer",
  "congestion",
  "notFound",
  "forwarded",
] as const;
export type ZammadHangupCause = (typeof ZAMMAD_HANGUP_CAUSES)[number];

const names = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((name) => name.trim().slice(0, 255)))
  .transform((list) => list.filter((name) => name !== "").slice(0, 50));

/**
 * One request of Zammad's generic CTI API, which many PBX integrations already speak
 * (https://docs.zammad.org/en/latest/api/generic-cti/index.html): form fields or JSON, numbers as
 * the PBX writes them (often international without "+"), no time of its own. A boundary contract,
 * so it lives here with the other input schemas.
 */
export const zammadCtiRequestSchema = z.object({
  event: z.enum(CTI_EVENT_TYPES).describe("newCall: it rings; answer: someone took it; hangup: it ended"),
  from: z.string().trim().max(64).default("").describe("Calling number, e.g. 493055571600, or anonymous"),
  to: z.string().trim().max(64).default("").describe("Called number, e.g. 491711234567890"),
  direction: z.enum(["in", "out"]).describe("in: a customer calls us; out: an agent calls a customer"),
  callId: z.string().trim().min(1).max(250).describe("The PBX's id of the call, the same on every event"),
  user: names
    .default([])
    .describe(
      "Agents' names (user[] in a form, repeated): who calls on out, who it rings for or who took it on in",
    ),
  queue: z.string().trim().max(255).optional().describe("The PBX's queue the call came through"),
  answeringNumber: z
    .string()
    .trim()
    .max(255)
    .optional()
    .describe("Extension, login or email of the agent who took the call, on answer and hangup"),
  cause: z
    .string()
    .trim()
    .max(64)
    .optional()
    .describe(`Why the call ended, on hangup: one of ${ZAMMAD_HANGUP_CAUSES.join(", ")}`),
});
export type ZammadCtiRequest = z.infer<typeof zammadCtiRequestSchema>;
