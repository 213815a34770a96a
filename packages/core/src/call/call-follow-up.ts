import type { InboundMessage } from "../inbound/inbound-message.ts";

/**
 * A call event that names neither party (Twilio's recording and transcription callbacks): it only
 * completes a call item already stored and is held back until that item exists. A withheld caller's
 * call still names the number called, so it is a call of its own, not a follow-up.
 */
export function isCallFollowUp(message: InboundMessage): boolean {
  const { call } = message;
  return (
    call !== undefined &&
    message.author.identities.length === 0 &&
    call.from.trim() === "" &&
    call.to.trim() === ""
  );
}
