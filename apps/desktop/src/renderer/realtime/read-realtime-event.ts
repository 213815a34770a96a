import { realtimeEventSchema, type RealtimeEvent } from "@emma/core";
import { z } from "zod";

/**
 * An event from the stream, checked against core's contract: one from an older or newer API that
 * this console cannot read is skipped with a warning, never acted on half-read.
 */
export function readRealtimeEvent(data: unknown, warn: (message: string) => void): RealtimeEvent | null {
  const event = realtimeEventSchema.safeParse(data);
  if (event.success) return event.data;
  warn(`Ignored a realtime event this console cannot read:\n${z.prettifyError(event.error)}`);
  return null;
}
