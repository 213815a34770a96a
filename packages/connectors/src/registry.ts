import type { AnyConnector } from "./connector.ts";
import { emailConnector } from "./email/email-connector.ts";
import { emmaInboundConnector } from "./emma-inbound/emma-inbound-connector.ts";
import { twilioVoiceConnector } from "./twilio-voice/twilio-voice-connector.ts";
import { ctiConnector } from "./cti/cti-connector.ts";
import { facebookConnector } from "./facebook/facebook-connector.ts";
import { xConnector } from "./x/x-connector.ts";
import { discourseConnector } from "./discourse/discourse-connector.ts";

/** Every connector kind Emma knows, by kind. */
export const CONNECTORS: Readonly<Record<string, AnyConnector>> = {
  [emmaInboundConnector.kind]: emmaInboundConnector,
  [twilioVoiceConnector.kind]: twilioVoiceConnector,
  [ctiConnector.kind]: ctiConnector,
  [emailConnector.kind]: emailConnector,
  [facebookConnector.kind]: facebookConnector,
  [xConnector.kind]: xConnector,
  [discourseConnector.kind]: discourseConnector,
};

export function connectorOf(kind: string): AnyConnector | undefined {
  return CONNECTORS[kind];
}
