import { describe, expect, it } from "vitest";
import { acceptTwilioWebhook } from "./accept-twilio-webhook.ts";
import { signedForm } from "./simulator/post-signed-form.ts";
import { callParams, config, formRequest, jsonRequest, PATH, secrets } from "./twilio-test-request.ts";

const accept = (request: Parameters<typeof acceptTwilioWebhook>[0], cfg = config) =>
  acceptTwilioWebhook(request, { config: cfg, secrets });

describe("accepting Twilio voice webhooks", () => {
  it("accepts a signed status callback and keeps the form body as is", () => {
    expect(accept(formRequest(callParams()))).toEqual({
      ok: true,
      dedupeKey: "CA0123456789abcdef0123456789abcdef:status-ringing:0",
      contentType: "application/x-www-form-urlencoded",
    });
  });

  it("gives each lifecycle step its own key and a redelivery the same one", () => {
    const keys = [
      callParams(),
      callParams({ CallStatus: "completed", SequenceNumber: "2" }),
      { ...callParams(), RecordingSid: "RE1", RecordingStatus: "completed" },
      { ...callParams(), RecordingSid: "RE1", TranscriptionSid: "TR1", TranscriptionStatus: "completed" },
      callParams({ DialCallStatus: "no-answer" }),
    ].map((params) => {
      const verdict = accept(formRequest(params));
      return verdict.ok ? verdict.dedupeKey : verdict.message;
    });
    expect(new Set(keys).size).toBe(5);
    expect(accept(formRequest(callParams()))).toMatchObject({ dedupeKey: keys[0] });
  });

  it("verifies behind a proxy against the configured public URL, query included", () => {
    const path = `${PATH}?source=status`;
    expect(accept(formRequest(callParams(), path)).ok).toBe(true);
    // The same request, configured at Twilio under another host, was not signed for us.
    const elsewhere = formRequest(callParams(), path, `https://other.example${path}`);
    expect(accept(elsewhere)).toMatchObject({ ok: false, status: 401, code: "signature_mismatch" });
    expect(
      accept(formRequest(callParams(), path), { ...config, publicBaseUrl: "https://emma.bank.example/" }).ok,
    ).toBe(true);
  });

  it("reads a path prefix the proxy strips from the public base URL", () => {
    const cfg = { ...config, publicBaseUrl: "https://bank.example/emma" };
    const request = formRequest(callParams(), PATH, `https://bank.example/emma${PATH}`);
    expect(accept(request, cfg).ok).toBe(true);
  });

  it("refuses a tampered parameter with 401 and says what to check", () => {
    const request = formRequest(callParams());
    const tampered = {
      ...request,
      rawBody: Buffer.from(request.rawBody.toString().replace("ringing", "completed")),
    };
    const verdict = accept(tampered);
    expect(verdict).toMatchObject({ ok: false, status: 401, code: "signature_mismatch" });
    expect(!verdict.ok && verdict.message).toMatch(
      /https:\/\/emma\.bank\.example\/webhooks\/.*public base URL.*auth token/,
    );
  });

  it("refuses a missing signature header with 401", () => {
    const { body } = signedForm(config.publicBaseUrl + PATH, secrets.authToken, callParams());
    const verdict = accept({ method: "POST", url: PATH, headers: {}, rawBody: Buffer.from(body) });
    expect(verdict).toMatchObject({ ok: false, status: 401, code: "missing_signature" });
    expect(!verdict.ok && verdict.message).toMatch(/X-Twilio-Signature header is missing/);
  });

  it("refuses another account's events with 403", () => {
    expect(accept(formRequest(callParams({ AccountSid: `AC${"cd".repeat(16)}` })))).toMatchObject({
      ok: false,
      status: 403,
      code: "wrong_account",
    });
  });

  it("refuses a signed request that names no call", () => {
    const { CallSid: _, ...params } = callParams();
    expect(accept(formRequest(params))).toMatchObject({ ok: false, status: 400, message: /CallSid/ });
  });

  it("refuses a signed request whose parameters are not Twilio's, naming each one", () => {
    const answer = accept(
      formRequest({
        ...callParams(),
        CallStatus: "klingelt",
        CallDuration: "zwölf",
        RecordingUrl: "nicht-da",
      }),
    );
    expect(answer).toMatchObject({ ok: false, status: 400, code: "malformed" });
    const { message } = answer as { message: string };
    expect(message).toMatch(/CallStatus "klingelt"/);
    expect(message).toMatch(/CallDuration "zwölf" — expected a whole number/);
    expect(message).toMatch(/RecordingUrl "nicht-da"/);
  });

  it("accepts a signed JSON body and refuses one that is not an object", () => {
    const body = JSON.stringify(callParams());
    expect(accept(jsonRequest(body))).toMatchObject({ ok: true, contentType: "application/json" });
    expect(accept(jsonRequest("[1]"))).toMatchObject({ ok: false, status: 400 });
  });
});
