import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboundMessage } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebhookRequest } from "../../connector.ts";
import { foldMessages } from "../fold-messages.ts";
import { RECEIVED_AT_HEADER } from "../occurred-at.ts";
import { twilioVoiceConnector } from "../twilio-voice-connector.ts";
import { createTwilioCallDriver, SIMULATED_ACCOUNT_SID, TwilioDeliveryError } from "./twilio-call-driver.ts";

const authToken = "0123456789abcdef0123456789abcdef";
const received: InboundMessage[] = [];
let server: Server;
let base = "";

// A stand-in for Emma's webhook route: verify with the connector, then parse what would be stored.
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: WebhookRequest = {
        method: req.method ?? "POST",
        url: req.url ?? "",
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
        ),
        rawBody: Buffer.concat(chunks),
      };
      const config = {
        publicBaseUrl: base,
        accountSid: SIMULATED_ACCOUNT_SID,
        serviceNumbers: ["+4930123456"],
      };
      const verdict = twilioVoiceConnector.acceptWebhook?.(request, { config, secrets: { authToken } });
      if (!verdict?.ok) {
        res.writeHead(verdict?.status ?? 500).end(verdict?.message ?? "no verdict");
        return;
      }
      const stored = {
        contentType: verdict.contentType,
        body: request.rawBody,
        headers: { [RECEIVED_AT_HEADER]: new Date().toISOString() },
      };
      received.push(...twilioVoiceConnector.parseStored(stored, { config }));
      res.writeHead(202).end(JSON.stringify({ duplicate: false }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const noDelays = { ringingMs: 0, talkMs: 0, processingMs: 0 };
const driver = (token = authToken) =>
  createTwilioCallDriver({
    webhookUrl: `${base}/webhooks/c1?source=twilio`,
    authToken: token,
    from: "+4917612345678",
    to: "+4930123456",
    delays: noDelays,
  });

const itemOf = (callSid: string) =>
  foldMessages(received.filter((message) => message.externalId === callSid));

describe("the Twilio call simulator", () => {
  it("drives an answered call through every step, each accepted by the verifier", async () => {
    const run = await driver().answeredCall({
      talkSeconds: 61,
      transcript: "Ich habe eine Frage zu meinem Konto.",
    });
    expect(run.deliveries.map((d) => [d.step, d.status])).toEqual([
      ["ringing", 202],
      ["in-progress", 202],
      ["completed", 202],
      ["recording", 202],
      ["transcription", 202],
    ]);
    const item = itemOf(run.callSid);
    expect(item).toMatchObject({
      kind: "call",
      text: "Ich habe eine Frage zu meinem Konto.",
      call: { status: "completed", from: "+4917612345678", to: "+4930123456", durationSeconds: 61 },
    });
    expect(item.call.recordingUrl).toMatch(
      /^https:\/\/api\.twilio\.com\/2010-04-01\/Accounts\/AC.*\/Recordings\/RE/,
    );
    expect(received.filter((m) => m.externalId === run.callSid).every((m) => m.direction === "inbound")).toBe(
      true,
    );
  });

  it("drives a missed call that leaves a voicemail", async () => {
    const run = await driver().missedCallWithVoicemail({ transcript: "Rufen Sie mich bitte zurück." });
    expect(run.deliveries.map((d) => d.step)).toEqual(["ringing", "no-answer", "recording", "transcription"]);
    expect(itemOf(run.callSid)).toMatchObject({
      kind: "voicemail",
      text: "Rufen Sie mich bitte zurück.",
      call: { status: "no-answer" },
    });
  });

  it("stops at the first refusal and says what Emma answered", async () => {
    const refused = driver("ffffffffffffffffffffffffffffffff").answeredCall();
    await expect(refused).rejects.toBeInstanceOf(TwilioDeliveryError);
    await expect(refused).rejects.toThrow(/401 to the ringing webhook/);
  });
});
