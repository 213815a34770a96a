import { z } from "zod";

// What a phone system says about our side of an outbound call: the CTI connector's `agent` (who
// dialled, as the PBX names them) and the call's answeredBy (our agent on the line).
const outboundFactsSchema = z.object({
  agent: z.string().trim().min(1).optional(),
  call: z.object({ answeredBy: z.string().trim().min(1).optional() }).optional(),
});

/**
 * The agent behind an outbound item that no Emma user wrote (a call placed at the desk phone), as the
 * provider named them; undefined when it did not say. Checked, since metadata is the provider's.
 */
export function outboundAgentOf(metadata: Record<string, unknown>): string | undefined {
  const facts = outboundFactsSchema.safeParse(metadata);
  if (!facts.success) return undefined;
  return facts.data.agent ?? facts.data.call?.answeredBy;
}
