import type { HealthCheck } from "../connector.ts";
import type { TwilioVoiceConfig, TwilioVoiceSecrets } from "./twilio-voice-config.ts";

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Emma's "test connection" for Twilio: a sanity check of the settings only. Reaching Twilio's API
 * would need network access the server may not have (and the demo has none), so the auth token is
 * not tried against Twilio; the first signed webhook proves it.
 */
export function checkTwilioConfig(config: TwilioVoiceConfig, secrets: TwilioVoiceSecrets): HealthCheck {
  const problems: string[] = [];
  const base = new URL(config.publicBaseUrl);
  if (base.search !== "" || base.hash !== "") {
    problems.push("the public base URL must not carry a query or fragment (the request adds its own)");
  }
  const badNumbers = config.serviceNumbers.filter((number) => !E164.test(number));
  if (badNumbers.length > 0) problems.push(`service numbers not in E.164 (+4930…): ${badNumbers.join(", ")}`);
  if (problems.length > 0) return { ok: false, error: `Twilio settings need fixing: ${problems.join("; ")}` };

  const notes = [
    `Settings look complete: account ${config.accountSid}, webhooks expected under ${base.origin}${base.pathname.replace(/\/$/, "")}/webhooks/…`,
    config.serviceNumbers.length === 0
      ? "no service numbers set, so direction comes from Twilio's Direction parameter"
      : `${config.serviceNumbers.length} service number(s)`,
  ];
  if (base.protocol !== "https:") notes.push("the public base URL is not https; Twilio recommends https");
  if (!/^[0-9a-f]{32}$/.test(secrets.authToken))
    notes.push("the auth token does not look like Twilio's 32 hex characters");
  notes.push(
    "Twilio itself was not contacted (configuration check only): the first signed webhook proves the auth token",
  );
  return { ok: true, detail: `${notes.join("; ")}.` };
}
