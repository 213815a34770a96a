import { describe, expect, it } from "vitest";
import { checkTwilioConfig } from "./check-twilio-config.ts";
import { config, secrets } from "./twilio-test-request.ts";

describe("Twilio health check", () => {
  it("checks the settings only and says Twilio was not contacted", () => {
    const health = checkTwilioConfig({ ...config, serviceNumbers: ["+4930123456"] }, secrets);
    expect(health).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/not contacted \(configuration check only\)/) as unknown,
    });
  });

  it("names service numbers that are not E.164 and a base URL with a query", () => {
    const health = checkTwilioConfig(
      { ...config, publicBaseUrl: "https://emma.bank.example/?x=1", serviceNumbers: ["030 123456"] },
      secrets,
    );
    expect(health).toMatchObject({ ok: false, error: expect.stringMatching(/query.*030 123456/) as unknown });
  });
});
