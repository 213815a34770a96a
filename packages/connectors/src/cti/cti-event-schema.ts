import { z } from "zod";

export const CTI_EVENT_TYPES = ["newCall", "answer", "hangup"] as const;
export type CtiEventType = (typeof CTI_EVENT_TYPES)[number];

/**
 * The generic CTI webhook body: one call event as any PBX or CTI middleware can send it, a small
 * JSON object per step. A boundary contract, so it lives here with the other input schemas.
 */
export const ctiEventSchema = z.object({
  event: z
    .enum(CTI_EVENT_TYPES)
    .describe("newCall: it rings; answer: someone took it; hangup: it ended (answered or not)"),
  callId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("The PBX's id of the call, the same on every event of that call"),
  from: z
    .string()
    .trim()
    .max(64)
    .describe("Calling number as the PBX has it; empty or 'anonymous' when withheld"),
  to: z.string().trim().max(64).describe("Called number as the PBX has it"),
  direction: z
    .enum(["inbound", "outbound"])
    .optional()
    .describe(
      "inbound: a customer calls us; outbound: we call a customer. Default: inbound unless from is a service number",
    ),
  at: z.iso
    .datetime({ offset: true })
    .describe("When the step happened at the PBX, ISO 8601 with offset, e.g. 2026-11-20T10:00:00+01:00"),
  agent: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe(
      "Extension or agent email: on answer and hangup, who took the call; on newCall, who it rings for",
    ),
  durationSeconds: z.number().int().nonnegative().optional().describe("Talk time, on hangup"),
  recordingUrl: z
    .url()
    .optional()
    .describe("Where the call's recording or voicemail can be fetched, on hangup"),
});
export type CtiEvent = z.infer<typeof ctiEventSchema>;
