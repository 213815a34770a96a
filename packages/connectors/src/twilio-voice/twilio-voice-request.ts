import { twilioVoiceRequestSchema, type TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";
import type { TwilioParams } from "./twilio-params.ts";

/** Why a request's parameters are not a Twilio voice request, in words for its sender. */
export class TwilioRequestError extends Error {}

/**
 * A request's parameters checked against the schema of Twilio's parameters: first values (a form may repeat a key),
 * trimmed, blanks left out. Throws TwilioRequestError naming each parameter that is wrong.
 */
export function readTwilioVoiceRequest(params: TwilioParams): TwilioVoiceRequest {
  const firstValues: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const first = (typeof value === "string" ? value : value[0])?.trim();
    if (first) firstValues[name] = first;
  }
  const result = twilioVoiceRequestSchema.safeParse(firstValues);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const given = firstValues[name];
    return `${name} ${given === undefined ? "" : `"${given.slice(0, 80)}" `}— ${issue.message}`;
  });
  throw new TwilioRequestError(`Not a Twilio voice request: ${problems.join("; ")}`);
}
